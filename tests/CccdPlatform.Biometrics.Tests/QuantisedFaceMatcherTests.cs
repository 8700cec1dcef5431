using CccdPlatform.Biometrics.Matching;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>
/// The int8 gallery against the exact float32 one, both holding the same faces: a labelled set of same-person pairs
/// (a face, and the same face with capture noise at levels on both sides of the threshold) among random strangers.
/// </summary>
public sealed class QuantisedFaceMatcherTests : IDisposable
{
    private const double Threshold = 0.70;

    // Noise per value relative to the face's own spread: cosine ≈ 1/√(1+noise²), 0.96 down to 0.61; 1.02 gives 0.70.
    private static readonly double[] NoiseLevels = [0.3, 0.6, 0.9, 0.97, 1.0, 1.02, 1.04, 1.07, 1.1, 1.3];

    private readonly Random _random = new(20261208);
    private readonly List<InMemoryFaceMatcher> _matchers = [];

    [Theory]
    [InlineData(512, 40)]
    [InlineData(70, 20)] // not a multiple of the SIMD width
    public void EverySamePersonPairTheExactSearchFindsTheQuantisedSearchFindsToo(int dimension, int peoplePerLevel)
    {
        var (exact, quantised) = Galleries(dimension, strangers: 10_000);
        var pairs = NoiseLevels.SelectMany(noise => Enumerable.Range(0, peoplePerLevel).Select(_ =>
        {
            var (id, face) = (Guid.NewGuid(), FaceTemplates.Random(dimension, _random));
            EnrolBoth(exact, quantised, id, face);
            return (Id: id, Probe: FaceTemplates.NearlyIdentical(face, noise, _random));
        })).ToList();

        var missed = 0;
        var foundExactly = 0;
        foreach (var (id, probe) in pairs)
        {
            var exactHit = Find(exact, probe, id);
            var quantisedHit = Find(quantised, probe, id);
            foundExactly += exactHit is null ? 0 : 1;
            missed += exactHit is not null && quantisedHit is null ? 1 : 0;
            if (quantisedHit is not null)
            {
                // Found by int8 alone only within its error bound below the threshold, and scored close to the truth.
                var truth = exact.Verify(probe, id)!.Value;
                Assert.InRange(truth, Threshold - 0.03, 1.0);
                Assert.InRange(quantisedHit.Similarity - truth, -0.01, 0.01);
            }
        }

        Assert.Equal(0, missed);
        Assert.InRange(foundExactly, pairs.Count / 4, pairs.Count * 3 / 4);
    }

    [Fact]
    public void AFaceExactlyAtTheThresholdIsFound()
    {
        var (exact, quantised) = Galleries(FaceTemplates.Dimension, strangers: 100);

        // Each face at its own threshold, so that an estimate merely as likely to fall below as above fails.
        for (var person = 0; person < 20; person++)
        {
            var (id, face) = (Guid.NewGuid(), FaceTemplates.Random(random: _random));
            EnrolBoth(exact, quantised, id, face);
            var probe = FaceTemplates.NearlyIdentical(face, 1.0, _random);
            var threshold = exact.Verify(probe, id)!.Value;

            Assert.Equal(id, Assert.Single(exact.Search(probe, Guid.NewGuid(), threshold, 5)).TemplateId);
            Assert.Equal(id, Assert.Single(quantised.Search(probe, Guid.NewGuid(), threshold, 5)).TemplateId);
        }
    }

    [Fact]
    public void AnotherPersonsFaceIsNotMatched()
    {
        var (_, quantised) = Galleries(FaceTemplates.Dimension, strangers: 20_000);

        for (var probe = 0; probe < 20; probe++)
        {
            Assert.Empty(quantised.Search(FaceTemplates.Random(random: _random), Guid.NewGuid(), Threshold, 5));
        }
    }

    [Fact]
    public void TheProbesOwnSubjectIsNeverACandidateAndAtMostMaxCandidatesAreReturned()
    {
        var (_, quantised) = Galleries(FaceTemplates.Dimension, strangers: 0);
        var person = Guid.NewGuid();
        var face = FaceTemplates.Random(random: _random);
        quantised.Enrol(Guid.NewGuid(), person, face);
        for (var i = 0; i < 10; i++)
        {
            quantised.Enrol(Guid.NewGuid(), Guid.NewGuid(), FaceTemplates.NearlyIdentical(face, 0.05, _random));
        }

        var found = quantised.Search(face, person, 0.9, maxCandidates: 3);

        Assert.Equal(3, found.Count);
        Assert.Equal(found.OrderByDescending(c => c.Similarity), found);
        Assert.Equal(10, quantised.Search(face, person, 0.9, maxCandidates: 20).Count);
    }

    [Fact]
    public void VerificationEstimatesTheSimilarityAndKnowsNoUnknownTemplate()
    {
        var (exact, quantised) = Galleries(FaceTemplates.Dimension, strangers: 0);
        var (id, face) = (Guid.NewGuid(), FaceTemplates.Random(random: _random));
        EnrolBoth(exact, quantised, id, face);
        var probe = FaceTemplates.NearlyIdentical(face, 0.8, _random);

        Assert.Equal(exact.Verify(probe, id)!.Value, quantised.Verify(probe, id)!.Value, 0.01);
        Assert.Null(quantised.Verify(probe, Guid.NewGuid()));
    }

    [Fact]
    public void AnEmptyGalleryFindsNothing() =>
        Assert.Empty(Galleries(FaceTemplates.Dimension, strangers: 0).Quantised.Search(FaceTemplates.Random(), Guid.NewGuid(), 0, 5));

    [Fact]
    public void ATemplateTakesAQuarterOfTheMemory()
    {
        var (exact, quantised) = Galleries(FaceTemplates.Dimension, strangers: 1_000);

        Assert.Equal(512 + sizeof(float), quantised.VectorBytes / 1_000);
        Assert.Equal(512 * sizeof(float), exact.VectorBytes / 1_000);
    }

    private (InMemoryFaceMatcher Exact, InMemoryFaceMatcher Quantised) Galleries(int dimension, int strangers)
    {
        var exact = new InMemoryFaceMatcher(dimension, FaceGalleryPrecision.Float32, chunkCapacity: 1_000);
        var quantised = new InMemoryFaceMatcher(dimension, FaceGalleryPrecision.Int8, chunkCapacity: 1_000);
        _matchers.AddRange([exact, quantised]);
        for (var i = 0; i < strangers; i++)
        {
            EnrolBoth(exact, quantised, Guid.NewGuid(), FaceTemplates.Random(dimension, _random));
        }

        return (exact, quantised);
    }

    private static void EnrolBoth(InMemoryFaceMatcher exact, InMemoryFaceMatcher quantised, Guid id, float[] face)
    {
        var subject = Guid.NewGuid();
        exact.Enrol(id, subject, face);
        quantised.Enrol(id, subject, face);
    }

    private static FaceCandidate? Find(InMemoryFaceMatcher matcher, float[] probe, Guid id) =>
        matcher.Search(probe, Guid.NewGuid(), Threshold, 5).SingleOrDefault(c => c.TemplateId == id);

    public void Dispose() => _matchers.ForEach(m => m.Dispose());
}
