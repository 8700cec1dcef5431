using System.Diagnostics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace CccdPlatform.Biometrics.Bench;

/// <summary>
/// What the memory can deliver: a SIMD sum over a buffer as large as the gallery, split across every core the way the
/// matcher splits its gallery. A search that reads each template once can be no faster than this. Timed in turn with
/// the searches, so that both see the same load on a shared machine.
/// </summary>
public sealed unsafe class BandwidthBaseline : IDisposable
{
    private readonly long _floats;
    private float* _buffer;

    public BandwidthBaseline(long bytes)
    {
        _floats = bytes / sizeof(float);
        _buffer = (float*)NativeMemory.AlignedAlloc((nuint)(_floats * sizeof(float)), 64);
        for (var i = 0L; i < _floats; i += int.MaxValue)
        {
            new Span<float>(_buffer + i, (int)Math.Min(_floats - i, int.MaxValue)).Fill(1f);
        }
    }

    /// <summary>One parallel pass over the buffer; returns its time in milliseconds.</summary>
    public double TimeOnePass()
    {
        var workers = Environment.ProcessorCount;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var from = _floats * worker / workers;
            var to = _floats * (worker + 1) / workers;
            var sum = 0f;
            for (var i = from; i < to; i += int.MaxValue)
            {
                sum += TensorPrimitives.Sum(new ReadOnlySpan<float>(_buffer + i, (int)Math.Min(to - i, int.MaxValue)));
            }

            GC.KeepAlive(sum);
        });
        return watch.Elapsed.TotalMilliseconds;
    }

    public void Dispose()
    {
        NativeMemory.AlignedFree(_buffer);
        _buffer = null;
    }
}
