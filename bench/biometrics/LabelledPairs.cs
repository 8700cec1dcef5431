namespace CccdPlatform.Biometrics.Bench;

/// <summary>
/// Same-person pairs with capture noise: a random face, and that face plus Gaussian noise at levels from well above
/// the 0.70 threshold to below it (cosine ≈ 1/√(1+noise²); noise 1.02 gives 0.70).
/// </summary>
public sealed class LabelledPairs
{
    private static readonly double[] NoiseLevels = [0.3, 0.6, 0.9, 0.97, 1.0, 1.02, 1.04, 1.07, 1.1, 1.3];

    public LabelledPairs(int dimension, Random random, int perLevel = 20)
    {
        foreach (var noise in NoiseLevels)
        {
            for (var i = 0; i < perLevel; i++)
            {
                var (id, face) = (Guid.NewGuid(), Random(dimension, random));
                Faces.Add((id, face));
                Probes.Add((id, face.Select(v => v + (float)(noise * Gaussian(random))).ToArray()));
            }
        }
    }

    public List<(Guid Id, float[] Face)> Faces { get; } = [];

    public List<(Guid Id, float[] Probe)> Probes { get; } = [];

    public int Count => Probes.Count;

    public string Levels => string.Join(", ", NoiseLevels);

    public static float[] Random(int dimension, Random random) =>
        Enumerable.Range(0, dimension).Select(_ => (float)Gaussian(random)).ToArray();

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
