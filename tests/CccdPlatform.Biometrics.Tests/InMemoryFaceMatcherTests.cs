using CccdPlatform.Biometrics.Matching;

namespace CccdPlatform.Biometrics.Tests;

public sealed class InMemoryFaceMatcherTests : IDisposable
{
    private const int Dimension = 64;
    private readonly Random _random = new(20261128);

    // Chunks of 7 templates so that every search crosses chunk boundaries.
    private readonly InMemoryFaceMatcher _matcher = new(Dimension, FaceGalleryPrecision.Float32, chunkCapacity: 7);

    private float[] Face() => FaceTemplates.Random(Dimension, _random);

    private List<(Guid Id, float[] Face)> EnrolStrangers(int count)
    {
        var enrolled = Enumerable.Range(0, count).Select(_ => (Id: Guid.NewGuid(), Face: Face())).ToList();
        foreach (var (id, face) in enrolled)
        {
            _matcher.Enrol(id, Guid.NewGuid(), face);
        }

        return enrolled;
    }

    [Fact]
    public void TheMostSimilarTemplateComesFirstWithItsCosineSimilarity()
    {
        var gallery = EnrolStrangers(50);
        var target = gallery[37];
        var probe = FaceTemplates.NearlyIdentical(target.Face, 0.2, _random);

        var found = _matcher.Search(probe, Guid.NewGuid(), threshold: 0.5, maxCandidates: 5);

        var best = Assert.Single(found);
        Assert.Equal(target.Id, best.TemplateId);
        Assert.Equal(CosineOf(probe, target.Face), best.Similarity, precision: 4);
    }

    [Fact]
    public void EveryTemplateAtOrAboveTheThresholdIsFoundInOrderAndNothingBelowIt()
    {
        var gallery = EnrolStrangers(100);
        var probe = Face();
        var expected = gallery.Select(g => (g.Id, Similarity: CosineOf(probe, g.Face)))
            .Where(g => g.Similarity >= 0.1).OrderByDescending(g => g.Similarity).ToList();
        Assert.InRange(expected.Count, 3, 40);

        var found = _matcher.Search(probe, Guid.NewGuid(), threshold: 0.1, maxCandidates: 100);

        Assert.Equal(expected.Select(e => e.Id), found.Select(f => f.TemplateId));
    }

    [Fact]
    public void AtMostMaxCandidatesAreReturned()
    {
        var face = Face();
        for (var i = 0; i < 10; i++)
        {
            _matcher.Enrol(Guid.NewGuid(), Guid.NewGuid(), FaceTemplates.NearlyIdentical(face, 0.05, _random));
        }

        Assert.Equal(3, _matcher.Search(face, Guid.NewGuid(), 0.9, maxCandidates: 3).Count);
    }

    [Fact]
    public void TheProbesOwnSubjectIsNeverACandidate()
    {
        var person = Guid.NewGuid();
        var face = Face();
        _matcher.Enrol(Guid.NewGuid(), person, face);

        Assert.Empty(_matcher.Search(face, person, 0.5, 5));
        Assert.Single(_matcher.Search(face, Guid.NewGuid(), 0.5, 5));
    }

    [Fact]
    public void SimilarityIgnoresTheScaleOfTheVectors()
    {
        var face = Face();
        var id = Guid.NewGuid();
        _matcher.Enrol(id, Guid.NewGuid(), face.Select(v => v * 1000).ToArray());

        Assert.Equal(1.0, _matcher.Verify(face.Select(v => v / 3).ToArray(), id)!.Value, precision: 5);
    }

    [Fact]
    public void EnrollingTheSameTemplateTwiceKeepsOne()
    {
        var face = Face();
        var id = Guid.NewGuid();
        _matcher.Enrol(id, Guid.NewGuid(), face);
        _matcher.Enrol(id, Guid.NewGuid(), face);

        Assert.Equal(1, _matcher.Count);
        Assert.Single(_matcher.Search(face, Guid.NewGuid(), 0.5, 5));
    }

    [Fact]
    public void EveryTemplateIsStillKnownByItsIdAfterTheGalleryHasGrown()
    {
        var gallery = EnrolStrangers(5_000);

        Assert.All(gallery, g => Assert.False(_matcher.Enrol(g.Id, Guid.NewGuid(), g.Face)));
        Assert.All(gallery, g => Assert.Equal(1.0, _matcher.Verify(g.Face, g.Id)!.Value, precision: 5));
        Assert.Equal(5_000, _matcher.Count);
    }

    [Fact]
    public void VerificationComparesWithOneTemplateAndKnowsNoUnknownOne()
    {
        var gallery = EnrolStrangers(20);
        var probe = FaceTemplates.NearlyIdentical(gallery[3].Face, 0.3, _random);

        Assert.Equal(CosineOf(probe, gallery[3].Face), _matcher.Verify(probe, gallery[3].Id)!.Value, precision: 4);
        Assert.InRange(_matcher.Verify(probe, gallery[4].Id)!.Value, -0.5, 0.5);
        Assert.Null(_matcher.Verify(probe, Guid.NewGuid()));
    }

    [Fact]
    public void AnEmptyGalleryFindsNothing() => Assert.Empty(_matcher.Search(Face(), Guid.NewGuid(), 0, 5));

    [Fact]
    public void ATemplateOfTheWrongLengthOrAllZerosIsRefused()
    {
        Assert.Throws<ArgumentException>(() => _matcher.Enrol(Guid.NewGuid(), Guid.NewGuid(), new float[Dimension + 1]));
        Assert.Throws<ArgumentException>(() => _matcher.Enrol(Guid.NewGuid(), Guid.NewGuid(), new float[Dimension]));
    }

    [Fact]
    public void ALargeGalleryIsSearchedOnEveryCoreWithTheSameAnswer()
    {
        using var large = new InMemoryFaceMatcher(Dimension, FaceGalleryPrecision.Float32, chunkCapacity: 1000);
        var faces = Enumerable.Range(0, 20_000).Select(_ => (Id: Guid.NewGuid(), Face: Face())).ToList();
        faces.ForEach(f => large.Enrol(f.Id, Guid.NewGuid(), f.Face));
        var target = faces[19_999];

        var found = large.Search(FaceTemplates.NearlyIdentical(target.Face, 0.1, _random), Guid.NewGuid(), 0.9, 5);

        Assert.Equal(target.Id, Assert.Single(found).TemplateId);
    }

    private static double CosineOf(float[] a, float[] b) =>
        a.Zip(b, (x, y) => (double)x * y).Sum() / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(y => (double)y * y));

    public void Dispose() => _matcher.Dispose();
}
