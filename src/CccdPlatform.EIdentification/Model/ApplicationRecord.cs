namespace CccdPlatform.EIdentification.Model;

/// <summary>
/// A CCCD application as e-identification learns of it. Events about it may arrive in any order: biometrics may be
/// accepted before intake's identity arrives, so what is known is kept here until the citizen is.
/// </summary>
public sealed class ApplicationRecord
{
    public Guid ApplicationId { get; init; }

    /// <summary>Null until the identity recorded by intake arrives.</summary>
    public string? PersonalId { get; set; }

    public DateTimeOffset? BiometricsAcceptedAt { get; set; }
    public DateTimeOffset? CardDeliveredAt { get; set; }

    /// <summary>
    /// A concurrency token: intake's identity and the acceptance of biometrics may update the same record at once,
    /// and each must see the other or be retried.
    /// </summary>
    public int Version { get; set; }

    public void Touch() => Version++;
}
