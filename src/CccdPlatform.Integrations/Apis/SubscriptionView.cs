using CccdPlatform.Integrations.Model;

namespace CccdPlatform.Integrations.Apis;

/// <summary>A subscription as its owner sees it: never its secret or password.</summary>
/// <param name="PendingDeliveries">Webhook deliveries still being tried (null for a queue subscription).</param>
/// <param name="ParkedDeliveries">Webhook deliveries that failed every attempt and wait for a replay.</param>
public sealed record SubscriptionView(
    Guid Id,
    string Owner,
    IReadOnlyList<string> EventTypes,
    string Delivery,
    string? WebhookUrl,
    string? Queue,
    string? Username,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CredentialsIssuedAt,
    int? PendingDeliveries,
    int? ParkedDeliveries)
{
    public static SubscriptionView Of(Subscription subscription, IReadOnlyDictionary<(Guid, DeliveryState), int>? counts = null)
    {
        int? Count(DeliveryState state) => subscription.Delivery == DeliveryMethod.Webhook
            ? counts?.GetValueOrDefault((subscription.Id, state)) ?? 0
            : null;

        return new SubscriptionView(
            subscription.Id, subscription.Owner, subscription.EventTypes, DeliveryMethods.NameOf(subscription.Delivery),
            subscription.WebhookUrl, subscription.QueueName, subscription.BrokerUser, subscription.CreatedAt,
            subscription.CredentialsIssuedAt, Count(DeliveryState.Pending), Count(DeliveryState.Parked));
    }
}
