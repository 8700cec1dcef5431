namespace CccdPlatform.ServiceDefaults.Messaging;

/// <summary>Tuning of the outbox dispatcher, from the <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public int BatchSize { get; set; } = 500;

    /// <summary>How long the dispatcher sleeps when no commit woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long sent outbox rows and inbox rows are kept (the window in which a redelivery is recognised).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);
}
