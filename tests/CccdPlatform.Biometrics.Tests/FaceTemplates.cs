using System.Security.Cryptography;
using CccdPlatform.Biometrics.Model;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>
/// Synthetic face templates. Two random 512-float vectors are nearly orthogonal (cosine about 0 ± 0.05), like two
/// different people's embeddings; a little noise on one gives a near-identical face (cosine about 0.99).
/// </summary>
public static class FaceTemplates
{
    public const int Dimension = 512;

    public static float[] Random(int dimension = Dimension, Random? random = null)
    {
        random ??= System.Random.Shared;
        return Enumerable.Range(0, dimension).Select(_ => (float)Gaussian(random)).ToArray();
    }

    public static float[] NearlyIdentical(float[] face, double noise = 0.1, Random? random = null)
    {
        random ??= System.Random.Shared;
        return face.Select(v => (float)(v + noise * Gaussian(random))).ToArray();
    }

    public static string Base64(float[] face) => Convert.ToBase64String(FaceTemplate.ToBytes(face));

    public static string RandomFingerprint() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(600));

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
