namespace CccdPlatform.Cli.Simulation;

/// <summary>
/// How one operation fared. <see cref="Failed"/> holds final answers other than success, by status; the 429, 5xx and
/// no-answer counts are every such attempt, retried or not; <see cref="Waits"/> are retries while the platform had not
/// yet heard of the application (e-identification's 422) or of a workplace just registered (403), and reads of a held
/// capture's status while biometrics waits for its application (after a 202).
/// </summary>
public sealed record OperationSummary(
    string Operation,
    long Started,
    long Ok,
    long OkOnRetry,
    IReadOnlyDictionary<string, long> Failed,
    long TooManyRequests,
    long ServerErrors,
    long NoAnswers,
    long GaveUp,
    long Waits,
    double OkPerSecond,
    LatencySummary Latency,
    IReadOnlyDictionary<string, long>? Outcomes);
