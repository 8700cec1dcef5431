namespace CccdPlatform.Integrations.Model;

/// <summary>One event to POST to one webhook subscription, kept until delivered (or parked and later purged).</summary>
public sealed class WebhookDelivery
{
    /// <summary>Sent as <c>X-Cccd-Delivery</c>: the same on every attempt and replay, so the receiver can deduplicate.</summary>
    public Guid Id { get; init; }

    public Guid SubscriptionId { get; init; }

    /// <summary>The event's MessageId: the same for every subscription that receives the event.</summary>
    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The exact bytes that are signed and sent (public event data only).</summary>
    public required string Body { get; init; }

    public DeliveryState State { get; set; }

    public int Attempts { get; set; }

    /// <summary>Also a lease: a sender that takes the delivery moves it forward, so other instances leave it alone.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>The receiver's status code or the kind of network error: never a response body.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset? ParkedAt { get; set; }

    public void Replay(DateTimeOffset now)
    {
        State = DeliveryState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        ParkedAt = null;
    }
}
