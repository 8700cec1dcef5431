using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using CccdPlatform.Cli.Http;

namespace CccdPlatform.Cli.Simulation;

/// <summary>
/// How long an accepted application takes to show in reporting's figures: polls the unit's progress while the
/// simulation runs and until every accepted application is counted, and compares the k-th acceptance with the first
/// poll that counts k or more (counts only grow, so this is each application's lag whatever order they are counted in).
/// </summary>
public sealed class ReportingLag(PlatformClient client, string authorization, string unitCode)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan SettleFor = TimeSpan.FromSeconds(60);
    private readonly ConcurrentQueue<long> _accepted = new();
    private readonly List<(long At, long Received)> _polls = [];
    private long _baseline;

    /// <summary>Called as each 201 arrives.</summary>
    public void Accepted() => _accepted.Enqueue(Stopwatch.GetTimestamp());

    public async Task StartAsync(CancellationToken cancellationToken) =>
        _baseline = await ReceivedAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Reporting's progress of unit {unitCode} cannot be read with the token given.");

    /// <summary>Polls until <paramref name="simulation"/> ends and everything it got accepted is counted (or a minute more).</summary>
    public async Task<ReportingLagSummary> FollowAsync(Task simulation, CancellationToken cancellationToken)
    {
        long? settleBy = null;
        var counted = 0L;
        while (true)
        {
            if (await ReceivedAsync(cancellationToken) is { } received)
            {
                _polls.Add((Stopwatch.GetTimestamp(), received));
                counted = received - _baseline;
            }

            if (simulation.IsCompleted)
            {
                settleBy ??= Stopwatch.GetTimestamp() + (long)(SettleFor.TotalSeconds * Stopwatch.Frequency);
                if (counted >= _accepted.Count || Stopwatch.GetTimestamp() > settleBy)
                {
                    break;
                }
            }

            await Task.Delay(PollEvery, cancellationToken);
        }

        return Summarize(counted);
    }

    private ReportingLagSummary Summarize(long counted)
    {
        var accepted = _accepted.ToArray();
        Array.Sort(accepted);
        var lags = LagsOf(accepted, _polls, _baseline);
        return new ReportingLagSummary(unitCode, accepted.Length, counted, LatencySummary.Of(lags, Stopwatch.Frequency));
    }

    /// <summary>
    /// For the k-th of <paramref name="sortedAccepted"/> (timestamps), the time to the first poll counting k more than
    /// <paramref name="baseline"/>; sorted. Acceptances never counted while polled have no lag.
    /// </summary>
    public static long[] LagsOf(long[] sortedAccepted, IReadOnlyList<(long At, long Received)> polls, long baseline)
    {
        var lags = new List<long>(sortedAccepted.Length);
        var poll = 0;
        for (var k = 0; k < sortedAccepted.Length; k++)
        {
            while (poll < polls.Count && polls[poll].Received - baseline < k + 1)
            {
                poll++;
            }

            if (poll == polls.Count)
            {
                break;
            }

            lags.Add(Math.Max(0, polls[poll].At - sortedAccepted[k]));
        }

        var sorted = lags.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private async Task<long?> ReceivedAsync(CancellationToken cancellationToken)
    {
        var answer = await client.SendAsync(Operation.Progress, HttpMethod.Get, $"/api/reports/progress?unitCode={Uri.EscapeDataString(unitCode)}",
            null, PlatformClient.Json, authorization, cancellationToken: cancellationToken);
        if (!answer.IsSuccess)
        {
            return null;
        }

        using var progress = JsonDocument.Parse(answer.Body);
        return progress.RootElement.GetProperty("received").GetInt64();
    }
}
