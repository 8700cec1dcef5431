namespace CccdPlatform.Cli.Http;

/// <summary>
/// Which failures are worth another attempt and when: no answer, 408, 429 and 5xx. A retry resends the very same body
/// and Idempotency-Key, so an application that was stored before its answer was lost is answered, not doubled.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts = 8, TimeSpan? BaseDelay = null, TimeSpan? MaxDelay = null)
{
    public static bool IsTransient(int status) => status is 0 or 408 or 429 or >= 500;

    /// <summary>Retry-After when the server gave one, else exponential backoff with full jitter.</summary>
    public TimeSpan DelayBefore(int nextAttempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } wait && wait > TimeSpan.Zero)
        {
            return wait;
        }

        var baseDelay = BaseDelay ?? TimeSpan.FromMilliseconds(100);
        var ceiling = Math.Min((MaxDelay ?? TimeSpan.FromSeconds(5)).TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, nextAttempt - 2));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
