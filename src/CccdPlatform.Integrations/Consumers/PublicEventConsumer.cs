using CccdPlatform.Integrations.Infrastructure;
using CccdPlatform.Integrations.Model;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Consumers;

/// <summary>
/// Turns public events into one webhook delivery per webhook subscription to their type, a batch at a time and without
/// the inbox: a batch of an event type nobody subscribed to by webhook costs one query and writes nothing. Otherwise
/// the deliveries that do not exist yet are added in one SaveChanges, so a redelivered event adds nothing; the unique
/// (SubscriptionId, EventId) index stops a concurrent duplicate, whose batch then fails and is retried. Queue
/// subscriptions need no work here: the broker copies the event to their queues.
/// </summary>
public sealed class PublicEventConsumer<TEvent>(IntegrationsDbContext db, TimeProvider clock) : IConsumer<Batch<TEvent>>
    where TEvent : class
{
    private static readonly PublicEvent Event = EventCatalog.Contracts.Find(typeof(TEvent).Name)
        ?? throw new InvalidOperationException($"{typeof(TEvent).Name} is not a public event.");

    public async Task Consume(ConsumeContext<Batch<TEvent>> context)
    {
        var cancellationToken = context.CancellationToken;
        db.ChangeTracker.Clear(); // a retried batch must not carry the failed attempt's rows
        var subscriptions = await db.Subscriptions
            .Where(s => s.Delivery == DeliveryMethod.Webhook && s.EventTypes.Contains(Event.Name))
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        if (subscriptions.Count == 0)
        {
            return;
        }

        var events = context.Message
            .DistinctBy(e => e.MessageId)
            .ToDictionary(e => e.MessageId ?? throw new InvalidOperationException($"{Event.Name} arrived without a MessageId."));
        var eventIds = events.Keys.ToList();
        var existing = (await db.Deliveries
                .Where(d => subscriptions.Contains(d.SubscriptionId) && eventIds.Contains(d.EventId))
                .Select(d => new { d.SubscriptionId, d.EventId })
                .ToListAsync(cancellationToken))
            .Select(d => (d.SubscriptionId, d.EventId))
            .ToHashSet();

        var now = clock.GetUtcNow();
        foreach (var (eventId, message) in events)
        {
            var body = new WebhookPayload(eventId, Event.Name, Event.Version,
                message.SentTime is { } sent ? new DateTimeOffset(sent, TimeSpan.Zero) : now, message.Message).ToJson();
            foreach (var subscriptionId in subscriptions.Where(s => !existing.Contains((s, eventId))))
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
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
