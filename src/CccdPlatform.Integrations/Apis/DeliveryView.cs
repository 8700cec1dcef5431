using CccdPlatform.Integrations.Model;

namespace CccdPlatform.Integrations.Apis;

/// <summary>A webhook delivery's progress; the body is the event, which the receiver gets, so it is not repeated here.</summary>
public sealed record DeliveryView(
    Guid Id,
    Guid EventId,
    string EventType,
    string State,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? ParkedAt)
{
    public static DeliveryView Of(WebhookDelivery d) => new(
        d.Id, d.EventId, d.EventType, d.State.ToString(), d.Attempts, d.LastError, d.CreatedAt, d.LastAttemptAt,
        d.State == DeliveryState.Pending ? d.NextAttemptAt : null, d.DeliveredAt, d.ParkedAt);
}
