namespace CccdPlatform.ServiceDefaults.Messaging;

/// <summary>A message a consumer has handled, kept so that a redelivery of it is recognised and skipped.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    /// <summary>The receive endpoint (queue) that handled it: one message may be handled once per endpoint.</summary>
    public required string Consumer { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
