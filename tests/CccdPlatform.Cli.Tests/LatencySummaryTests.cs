using System.Diagnostics;
using CccdPlatform.Cli.Commands;
using CccdPlatform.Cli.Simulation;

namespace CccdPlatform.Cli.Tests;

public class LatencySummaryTests
{
    [Theory]
    [InlineData(50, 50)]
    [InlineData(90, 90)]
    [InlineData(99, 99)]
    [InlineData(99.9, 100)]
    [InlineData(100, 100)]
    [InlineData(0, 1)]
    public void PercentilesOfOneToAHundredAreTheNearestRank(double percent, long expected)
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (long)i).ToArray();
        Assert.Equal(expected, LatencySummary.Percentile(sorted, percent));
    }

    [Fact]
    public void TheNinetyNinthPercentileOfTenSamplesIsTheLargest()
    {
        var sorted = Enumerable.Range(1, 10).Select(i => (long)i).ToArray();
        Assert.Equal(10, LatencySummary.Percentile(sorted, 99));
        Assert.Equal(9, LatencySummary.Percentile(sorted, 90));
        Assert.Equal(5, LatencySummary.Percentile(sorted, 50));
    }

    [Fact]
    public void TheRecorderSortsWhatArrivedInAnyOrderAndReportsMilliseconds()
    {
        var recorder = new LatencyRecorder();
        var millisecond = Stopwatch.Frequency / 1000;
        Parallel.ForEach(Enumerable.Range(1, 1000).Reverse(), i => recorder.Record(i * millisecond));

        var summary = recorder.Summarize();

        Assert.Equal(1000, summary.Count);
        Assert.Equal(500, summary.P50);
        Assert.Equal(900, summary.P90);
        Assert.Equal(990, summary.P99);
        Assert.Equal(1000, summary.Max);
        Assert.Equal(500.5, summary.Mean);
    }

    [Fact]
    public void NoSamplesGiveZeros() => Assert.Equal(LatencySummary.Empty, new LatencyRecorder().Summarize());

    [Theory]
    [InlineData("90", 90)]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("1.5m", 90)]
    public void DurationsAreSecondsOrHaveAUnit(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SimulateSettings.ParseDuration(text));

    [Theory]
    [InlineData("soon")]
    [InlineData("-5s")]
    [InlineData("5d")]
    public void NonsenseDurationsAreRefused(string text) => Assert.Null(SimulateSettings.ParseDuration(text));
}
