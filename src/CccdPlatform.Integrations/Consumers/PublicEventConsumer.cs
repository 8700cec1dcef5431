using CccdPlatform.Integrations.Infrastructure;
using CccdPlatform.Integrations.Model;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Consumers;

/// <summary>
/// Turns a public event into one webhook delivery per webhook subscription to its type, in the inbox's transaction, so
/// a redelivered event adds nothing. Queue subscriptions need no work here: the broker copies the event to their queues.
/// </summary>
public sealed class PublicEventConsumer<TEvent>(IntegrationsDbContext db, TimeProvider clock) : IConsumer<TEvent>
    where TEvent : class
{
    private static readonly PublicEvent Event = EventCatalog.Contracts.Find(typeof(TEvent).Name)
        ?? throw new InvalidOperationException($"{typeof(TEvent).Name} is not a public event.");

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var cancellationToken = context.CancellationToken;
        var subscriptions = await db.Subscriptions
            .Where(s => s.Delivery == DeliveryMethod.Webhook && s.EventTypes.Contains(Event.Name))
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        if (subscriptions.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var eventId = context.MessageId!.Value;
        var body = new WebhookPayload(eventId, Event.Name, Event.Version, context.SentTime is { } sent ? new DateTimeOffset(sent, TimeSpan.Zero) : now,
            context.Message).ToJson();
        foreach (var subscriptionId in subscriptions)
        {
            db.Deliveries.Add(new WebhookDelivery
            {
                Id = Guid.CreateVersion7(),
                SubscriptionId = subscriptionId,
                EventId = eventId,
                EventType = Event.Name,
                Body = body,
                State = DeliveryState.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
