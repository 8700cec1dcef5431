namespace CccdPlatform.Cli.Simulation;

/// <summary>Latencies in milliseconds; percentiles by nearest rank (the smallest value with at least p% at or below it).</summary>
public sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0, 0);

    public static LatencySummary Of(long[] sortedTicks, long ticksPerSecond)
    {
        if (sortedTicks.Length == 0)
        {
            return Empty;
        }

        var toMs = 1000.0 / ticksPerSecond;
        double Ms(long ticks) => Math.Round(ticks * toMs, 2);
        var total = 0.0;
        foreach (var ticks in sortedTicks)
        {
            total += ticks;
        }

        return new LatencySummary(
            sortedTicks.Length,
            Ms(Percentile(sortedTicks, 50)),
            Ms(Percentile(sortedTicks, 90)),
            Ms(Percentile(sortedTicks, 99)),
            Ms(sortedTicks[^1]),
            Math.Round(total / sortedTicks.Length * toMs, 2));
    }

    public static long Percentile(long[] sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Length);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
