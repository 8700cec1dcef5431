namespace CccdPlatform.Integrations.Extensions;

/// <summary>
/// The <c>Integrations:Queues</c> configuration section: limits that keep an integrator that stays away from filling the
/// broker. Over either limit the oldest messages are dropped, never new publishes refused, which would stall the
/// platform's own services.
/// </summary>
public sealed class QueueOptions
{
    /// <summary>How long an event waits for an integrator that is offline.</summary>
    public TimeSpan MessageTtl { get; set; } = TimeSpan.FromDays(7);

    public int MaxLength { get; set; } = 1_000_000;
}
