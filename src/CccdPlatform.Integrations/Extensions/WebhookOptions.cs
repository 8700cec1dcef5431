namespace CccdPlatform.Integrations.Extensions;

/// <summary>The <c>Integrations:Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
    ];

    /// <summary>
    /// The waits after the 1st, 2nd... failed attempt (<see cref="DefaultRetryDelays"/> when none are configured); the
    /// last one repeats if <see cref="MaxAttempts"/> asks for more.
    /// </summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>Failed attempts after which a delivery is parked until replayed.</summary>
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>Requests in flight at once per instance.</summary>
    public int Concurrency { get; set; } = 16;

    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan ParkedRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Allows http URLs and private, loopback and link-local addresses. Defaults to true in Development only: elsewhere
    /// a webhook could otherwise reach the platform's own services or the cloud's metadata endpoint.
    /// </summary>
    public bool? AllowInsecure { get; set; }

    public TimeSpan DelayAfter(int failedAttempts)
    {
        var delays = RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;
        return delays[Math.Clamp(failedAttempts - 1, 0, delays.Count - 1)];
    }
}
