using System.Diagnostics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace CccdPlatform.Biometrics.Bench;

/// <summary>
/// What the memory can deliver: a SIMD sum over a buffer far larger than any cache, split across every core the way
/// the matcher splits its gallery. A search that reads each template once can be no faster than this.
/// </summary>
public static unsafe class BandwidthBaseline
{
    public static double Measure(long gigabytes, int runs = 9)
    {
        var floats = (gigabytes << 30) / sizeof(float);
        var buffer = (float*)NativeMemory.AlignedAlloc((nuint)(floats * sizeof(float)), 64);
        try
        {
            new Span<float>(buffer, (int)Math.Min(floats, int.MaxValue)).Fill(1f);
            for (var i = (long)int.MaxValue; i < floats; i += int.MaxValue)
            {
                new Span<float>(buffer + i, (int)Math.Min(floats - i, int.MaxValue)).Fill(1f);
            }

            var workers = Environment.ProcessorCount;
            var seconds = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var watch = Stopwatch.StartNew();
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
                {
                    var from = floats * worker / workers;
                    var to = floats * (worker + 1) / workers;
                    var sum = 0f;
                    for (var i = from; i < to; i += int.MaxValue)
                    {
                        sum += TensorPrimitives.Sum(new ReadOnlySpan<float>(buffer + i, (int)Math.Min(to - i, int.MaxValue)));
                    }

                    GC.KeepAlive(sum);
                });
                seconds.Add(watch.Elapsed.TotalSeconds);
            }

            seconds.Sort();
            return floats * sizeof(float) / seconds[seconds.Count / 2] / 1e9;
        }
        finally
        {
            NativeMemory.AlignedFree(buffer);
        }
    }
}
