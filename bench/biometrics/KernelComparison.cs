using System.Diagnostics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CccdPlatform.Biometrics.Bench;

/// <summary>
/// Why the matcher calls TensorPrimitives.Dot per template instead of a hand-written kernel: on a gallery larger than
/// the caches both run at the memory's speed. Scans one buffer with each, in parallel, and prints GB/s.
/// </summary>
public static unsafe class KernelComparison
{
    private const int Templates = 262_144;

    public static string Run(int dimension, int runs = 7)
    {
        var floats = (long)Templates * dimension;
        var gallery = (float*)NativeMemory.AlignedAlloc((nuint)(floats * sizeof(float)), 64);
        var probe = (float*)NativeMemory.AlignedAlloc((nuint)(dimension * sizeof(float)), 64);
        try
        {
            var random = new Random(1);
            for (var i = 0L; i < floats; i++)
            {
                gallery[i] = random.NextSingle() - 0.5f;
            }

            new Span<float>(probe, dimension).Fill(0.01f);
            var library = GigabytesPerSecond(runs, floats, (from, to) => LibraryDot(gallery, probe, dimension, from, to));
            var hand = Vector512.IsHardwareAccelerated && dimension % 16 == 0
                ? $"{GigabytesPerSecond(runs, floats, (from, to) => HandVector512(gallery, probe, dimension, from, to)):F1} GB/s"
                : "n/a (no Vector512)";
            return $"Kernels over {Templates:N0} templates ({floats * sizeof(float) >> 20} MB): " +
                   $"TensorPrimitives.Dot {library:F1} GB/s, hand-unrolled Vector512 x4 rows {hand}";
        }
        finally
        {
            NativeMemory.AlignedFree(gallery);
            NativeMemory.AlignedFree(probe);
        }
    }

    private static double GigabytesPerSecond(int runs, long floats, Func<int, int, float> scan)
    {
        var workers = Environment.ProcessorCount;
        var seconds = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
                GC.KeepAlive(scan(Templates * worker / workers, Templates * (worker + 1) / workers)));
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        return floats * sizeof(float) / seconds[seconds.Count / 2] / 1e9;
    }

    private static float LibraryDot(float* gallery, float* probe, int dimension, int from, int to)
    {
        var best = float.MinValue;
        var query = new ReadOnlySpan<float>(probe, dimension);
        for (var i = from; i < to; i++)
        {
            best = MathF.Max(best, TensorPrimitives.Dot(new ReadOnlySpan<float>(gallery + (long)i * dimension, dimension), query));
        }

        return best;
    }

    private static float HandVector512(float* gallery, float* probe, int dimension, int from, int to)
    {
        var best = float.MinValue;
        for (var i = from; i + 4 <= to; i += 4)
        {
            var row = gallery + (long)i * dimension;
            Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default;
            for (var j = 0; j < dimension; j += 16)
            {
                var q = Vector512.LoadAligned(probe + j);
                a0 = Vector512.FusedMultiplyAdd(Vector512.LoadAligned(row + j), q, a0);
                a1 = Vector512.FusedMultiplyAdd(Vector512.LoadAligned(row + dimension + j), q, a1);
                a2 = Vector512.FusedMultiplyAdd(Vector512.LoadAligned(row + 2 * dimension + j), q, a2);
                a3 = Vector512.FusedMultiplyAdd(Vector512.LoadAligned(row + 3 * dimension + j), q, a3);
            }

            best = MathF.Max(best, MathF.Max(MathF.Max(Vector512.Sum(a0), Vector512.Sum(a1)), MathF.Max(Vector512.Sum(a2), Vector512.Sum(a3))));
        }

        return best;
    }
}
