using System.Collections.Concurrent;

namespace CccdPlatform.Cli.Simulation;

/// <summary>
/// One operation's counters. Attempt-level: every answer by status, 429s, 5xx, attempts without an answer, latency of
/// each answered attempt. Operation-level: how each one ended (after retries), and waits for the platform to catch up.
/// </summary>
public sealed class OperationStats(string name)
{
    private readonly long[] _answersByStatus = new long[600];
    private readonly long[] _finalByStatus = new long[600];
    private long _started;
    private long _ok;
    private long _okOnRetry;
    private long _noAnswer;
    private long _gaveUp;
    private long _waits;

    public string Name { get; } = name;
    public LatencyRecorder Latency { get; } = new();
    public ConcurrentDictionary<string, long> Outcomes { get; } = new(StringComparer.Ordinal);

    public long Started => Interlocked.Read(ref _started);
    public long Ok => Interlocked.Read(ref _ok);
    public long Failed => Interlocked.Read(ref _gaveUp) + Sum(_finalByStatus, 0, 600);
    public long ServerErrors => Sum(_answersByStatus, 500, 600);
    public long NoAnswers => Interlocked.Read(ref _noAnswer);

    public void Start() => Interlocked.Increment(ref _started);

    public void Answered(int status, long elapsedTicks)
    {
        Interlocked.Increment(ref _answersByStatus[Math.Clamp(status, 0, 599)]);
        Latency.Record(elapsedTicks);
    }

    public void NoAnswer() => Interlocked.Increment(ref _noAnswer);

    public void Wait() => Interlocked.Increment(ref _waits);

    /// <summary>How the operation ended after all its attempts; <paramref name="outcome"/> names a success's kind.</summary>
    public void Finish(int status, int attempts, string? outcome = null)
    {
        if (status is >= 200 and < 300)
        {
            Interlocked.Increment(ref _ok);
            if (attempts > 1)
            {
                Interlocked.Increment(ref _okOnRetry);
            }

            if (outcome is not null)
            {
                Outcomes.AddOrUpdate(outcome, 1, static (_, n) => n + 1);
            }
        }
        else if (status == 0)
        {
            Interlocked.Increment(ref _gaveUp);
        }
        else
        {
            Interlocked.Increment(ref _finalByStatus[Math.Clamp(status, 0, 599)]);
        }
    }

    public OperationSummary Summarize(double elapsedSeconds) => new(
        Name,
        Started,
        Ok,
        Interlocked.Read(ref _okOnRetry),
        Enumerable.Range(0, 600).Where(s => _finalByStatus[s] > 0).ToDictionary(s => s.ToString(), s => _finalByStatus[s]),
        Sum(_answersByStatus, 429, 430),
        ServerErrors,
        NoAnswers,
        Interlocked.Read(ref _gaveUp),
        Interlocked.Read(ref _waits),
        elapsedSeconds > 0 ? Math.Round(Ok / elapsedSeconds, 1) : 0,
        Latency.Summarize(),
        Outcomes.IsEmpty ? null : new SortedDictionary<string, long>(Outcomes, StringComparer.Ordinal));

    private static long Sum(long[] counts, int from, int to)
    {
        var total = 0L;
        for (var i = from; i < to; i++)
        {
            total += Interlocked.Read(ref counts[i]);
        }

        return total;
    }
}
