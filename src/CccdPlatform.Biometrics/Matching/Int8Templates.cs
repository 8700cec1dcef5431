using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CccdPlatform.Biometrics.Matching;

/// <summary>
/// Symmetric int8 quantisation of unit face templates, one scale per template, and the error bound that lets an int8
/// search miss nothing. A template x is held as s·x̂ + e with x̂ in [-127, 127] and |eᵢ| ≤ s/2; the probe q as
/// t·q̂ + d with q̂ in 16 bits and |dᵢ| ≤ t/2. Then q·x − s·t·(q̂·x̂) = q·e + d·(s·x̂), so the exact similarity is within
/// s·(‖q‖₁/2 + t/2·127·n) of the estimate: about 0.01 for 512 values. q̂·x̂ is an exact integer.
/// </summary>
public static unsafe class Int8Templates
{
    /// <summary>Covers float rounding in both searches (a 512-term float32 dot product errs by far less).</summary>
    public const float RoundingSlack = 1e-4f;

    private const int MaxTemplateValue = 127;

    /// <summary>Writes the quantised template and returns its scale.</summary>
    public static float Quantise(ReadOnlySpan<float> unit, Span<sbyte> into)
    {
        var scale = MaxMagnitude(unit) / MaxTemplateValue;
        for (var i = 0; i < unit.Length; i++)
        {
            into[i] = (sbyte)Math.Clamp(Math.Round(unit[i] / (double)scale), -MaxTemplateValue, MaxTemplateValue);
        }

        return scale;
    }

    /// <summary>A unit probe quantised for <see cref="Dot"/>, with its scale and its part of the error bound.</summary>
    public static Int8Probe Probe(ReadOnlySpan<float> unit)
    {
        // As large as the 32-bit integer dot product allows without overflow, so the probe's own error is negligible.
        var maxValue = Math.Min(short.MaxValue, int.MaxValue / (MaxTemplateValue * unit.Length));
        var scale = MaxMagnitude(unit) / maxValue;
        var values = new short[unit.Length];
        for (var i = 0; i < unit.Length; i++)
        {
            values[i] = (short)Math.Clamp(Math.Round(unit[i] / (double)scale), -maxValue, maxValue);
        }

        var errorPerTemplateScale = TensorPrimitives.SumOfMagnitudes(unit) / 2 + scale / 2 * MaxTemplateValue * unit.Length;
        return new Int8Probe(values, scale, errorPerTemplateScale);
    }

    /// <summary>The exact integer dot product of a quantised template and a quantised probe.</summary>
    public static int Dot(sbyte* template, short* probe, int length)
    {
        var i = 0;
        var sum = 0;
        if (Avx512BW.IsSupported)
        {
            var acc = Vector512<int>.Zero;
            for (; i + 32 <= length; i += 32)
            {
                acc += Avx512BW.MultiplyAddAdjacent(Avx512BW.ConvertToVector512Int16(Vector256.Load(template + i)), Vector512.Load(probe + i));
            }

            sum = Vector512.Sum(acc);
        }
        else if (Avx2.IsSupported)
        {
            var acc = Vector256<int>.Zero;
            for (; i + 16 <= length; i += 16)
            {
                acc += Avx2.MultiplyAddAdjacent(Avx2.ConvertToVector256Int16(template + i), Vector256.Load(probe + i));
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < length; i++)
        {
            sum += template[i] * probe[i];
        }

        return sum;
    }

    private static float MaxMagnitude(ReadOnlySpan<float> values) => Math.Abs(TensorPrimitives.MaxMagnitude(values));
}
