using System.Buffers.Binary;
using System.Numerics.Tensors;

namespace CccdPlatform.Biometrics.Model;

/// <summary>A face template as the capture SDK sends it: little-endian float32 values, one after another.</summary>
public static class FaceTemplate
{
    public static float[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var values = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        }

        return values;
    }

    public static byte[] ToBytes(ReadOnlySpan<float> values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return bytes;
    }

    /// <summary>A matcher can compare it: every value finite and not all zero.</summary>
    public static bool IsUsable(ReadOnlySpan<float> values) =>
        values.Length > 0 && float.IsFinite(TensorPrimitives.SumOfSquares(values)) && TensorPrimitives.SumOfSquares(values) > 0;
}
