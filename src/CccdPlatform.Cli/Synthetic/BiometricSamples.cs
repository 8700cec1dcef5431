using System.Buffers.Binary;
using CccdPlatform.Cli.Api;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// Captures a reception machine would send: ten fingers (now and then one bandaged or amputated, with its photo) and a
/// random face, so that no two citizens look alike to the 1:N search, and both irises.
/// </summary>
public static class BiometricSamples
{
    public const int FaceDimension = 512;
    private const int FingerPositions = 10;

    /// <summary>A capture; when <paramref name="poorFinger"/>, one finger scores under the quality floor (40).</summary>
    public static CaptureForm Capture(Random random, Guid applicationId, string machineId, bool poorFinger = false)
    {
        var poor = poorFinger ? random.Next(1, FingerPositions + 1) : 0;
        var excepted = random.Next(50) == 0 ? random.Next(1, FingerPositions + 1) : 0;
        var fingers = new FingerprintForm[FingerPositions];
        for (var position = 1; position <= FingerPositions; position++)
        {
            fingers[position - 1] = position == excepted && position != poor
                ? new FingerprintForm(position, null, null, random.Next(2) == 0 ? FingerException.Bandaged : FingerException.Amputated,
                    $"photo://{machineId}/{Guid.NewGuid():N}")
                : new FingerprintForm(position, position == poor ? PoorQuality(random) : GoodQuality(random), OpaqueTemplate(random), null, null);
        }

        IrisForm[] irises = [new(Eye.Left, GoodQuality(random), OpaqueTemplate(random)), new(Eye.Right, GoodQuality(random), OpaqueTemplate(random))];
        return new CaptureForm(applicationId, machineId, fingers, new FaceForm(GoodQuality(random), FaceTemplate(random)), irises);
    }

    /// <summary>A quality that passes every floor of biometrics (finger 40, face 50, iris 60).</summary>
    public static int GoodQuality(Random random) => random.Next(60, 100);

    /// <summary>A quality under the finger floor (40): a smudged or misplaced finger that needs recapture.</summary>
    public static int PoorQuality(Random random) => random.Next(10, 40);

    /// <summary>A face template: 512 standard normal values as little-endian float32, in base64.</summary>
    public static string FaceTemplate(Random random)
    {
        Span<byte> bytes = stackalloc byte[FaceDimension * sizeof(float)];
        for (var i = 0; i < FaceDimension; i += 2)
        {
            // Box-Muller: two normal values from two uniform ones.
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            BinaryPrimitives.WriteSingleLittleEndian(bytes[(i * 4)..], (float)(radius * Math.Cos(angle)));
            BinaryPrimitives.WriteSingleLittleEndian(bytes[((i + 1) * 4)..], (float)(radius * Math.Sin(angle)));
        }

        return Convert.ToBase64String(bytes);
    }

    /// <summary>A finger or iris template: opaque bytes to the platform, which matches faces only.</summary>
    public static string OpaqueTemplate(Random random)
    {
        Span<byte> bytes = stackalloc byte[random.Next(400, 800)];
        random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }
}
