namespace CccdPlatform.Biometrics.Screening;

/// <summary>Captures held for applications intake has not announced, from <c>Biometrics:HeldCaptures</c>.</summary>
public sealed class HeldCaptureOptions
{
    public const string Section = "Biometrics:HeldCaptures";

    /// <summary>
    /// How long a capture waits for its application before it expires and its templates are deleted. Intake announces
    /// an application within seconds; a day covers an outage of the broker or of intake's outbox.
    /// </summary>
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired captures are looked for (and the held-captures gauge refreshed).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
