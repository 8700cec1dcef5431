using CccdPlatform.Cli.Simulation;

namespace CccdPlatform.Cli.Tests;

public class ReportingLagTests
{
    [Fact]
    public void EachAcceptanceWaitsForTheFirstPollThatCountsItsRank()
    {
        // Reporting already counted 100 before the run; three applications accepted at 10, 20 and 30.
        long[] accepted = [10, 20, 30];
        var polls = new List<(long At, long Received)> { (15, 100), (25, 101), (50, 103) };

        var lags = ReportingLag.LagsOf(accepted, polls, baseline: 100);

        // First counted at 25 (15 after it), second and third at 50 (30 and 20 after them).
        Assert.Equal([15L, 20L, 30L], lags);
    }

    [Fact]
    public void AnApplicationNeverCountedWhileWatchedHasNoLagAndACountAheadOfItsAcceptanceIsZero()
    {
        long[] accepted = [10, 20];
        var polls = new List<(long At, long Received)> { (5, 1) };

        Assert.Equal([0L], ReportingLag.LagsOf(accepted, polls, baseline: 0));
    }
}
