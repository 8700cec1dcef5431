using System.Diagnostics;

namespace CccdPlatform.Cli.Simulation;

/// <summary>Keeps every latency (Stopwatch ticks); percentiles come from sorting them once at the end.</summary>
public sealed class LatencyRecorder
{
    private readonly Lock _lock = new();
    private long[] _ticks = new long[4096];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Record(long elapsedTicks)
    {
        lock (_lock)
        {
            if (_count == _ticks.Length)
            {
                Array.Resize(ref _ticks, _ticks.Length * 2);
            }

            _ticks[_count++] = elapsedTicks;
        }
    }

    public LatencySummary Summarize()
    {
        long[] sorted;
        lock (_lock)
        {
            sorted = _ticks[.._count];
        }

        Array.Sort(sorted);
        return LatencySummary.Of(sorted, Stopwatch.Frequency);
    }
}
