using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Tests;

/// <summary>Public events consumed in batches: one delivery per event and webhook subscription, whatever is redelivered.</summary>
public sealed class BatchedDeliveryTests(BatchedDeliveryTests.SlowBatchFactory integrations)
    : IClassFixture<BatchedDeliveryTests.SlowBatchFactory>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task EventsOfOneBatchGiveEachSubscriptionOneDeliveryPerEventAndARepeatInTheBatchAddsNothing()
    {
        var first = await integrations.Integrator().SubscribeByWebhookAsync(_receiver, "batch-first", "RosterImported");
        var second = await integrations.Integrator().SubscribeByWebhookAsync(_receiver, "batch-second", "RosterImported");
        var events = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };

        foreach (var eventId in events.Append(events[0]))
        {
            await integrations.Rosters.PublishAsync(TestEvents.Roster(), eventId);
        }

        var deliveries = await DeliveriesOnceSettledAsync([first, second], expected: 6);
        Assert.Equal(
            [.. events.SelectMany(e => new[] { (first, e), (second, e) }).Order()],
            deliveries.Select(d => (d.SubscriptionId, d.EventId)).Order().ToArray());
        Assert.Single(deliveries.Select(d => d.CreatedAt).Distinct()); // one batch: its rows share one timestamp
        Assert.Equal(6, deliveries.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public async Task AnEventRedeliveredInALaterBatchAddsNoSecondDelivery()
    {
        var first = await integrations.Integrator().SubscribeByWebhookAsync(_receiver, "again-first", "RosterImported");
        var second = await integrations.Integrator().SubscribeByWebhookAsync(_receiver, "again-second", "RosterImported");
        var repeated = Guid.NewGuid();
        var later = Guid.NewGuid();

        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 7), repeated);
        var before = await DeliveriesOnceSettledAsync([first, second], expected: 2);
        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 7), repeated);
        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 8), later);

        var after = await DeliveriesOnceSettledAsync([first, second], expected: 4);
        Assert.Equal(2, after.Count(d => d.EventId == later));
        Assert.Equal(
            before.Select(d => d.Id).Order(),
            after.Where(d => d.EventId == repeated).Select(d => d.Id).Order());
    }

    /// <summary>Waits for the expected deliveries, then a further batch window, so that an extra one would be seen.</summary>
    private async Task<List<Model.WebhookDelivery>> DeliveriesOnceSettledAsync(Guid[] subscriptions, int expected)
    {
        await Eventually.HoldsAsync(async () => (await QueryAsync(subscriptions)).Count >= expected);
        await Task.Delay(SlowBatchFactory.TimeLimit * 3);
        var deliveries = await QueryAsync(subscriptions);
        Assert.Equal(expected, deliveries.Count);
        return deliveries;
    }

    private Task<List<Model.WebhookDelivery>> QueryAsync(Guid[] subscriptions) =>
        integrations.QueryAsync(db => db.Deliveries.AsNoTracking().Where(d => subscriptions.Contains(d.SubscriptionId)).ToListAsync());

    /// <summary>A batch window long enough for a handful of events published in a row to land in one batch.</summary>
    public sealed class SlowBatchFactory : IntegrationsFactory
    {
        public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(500);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Integrations:Batch:TimeLimit", TimeLimit.ToString("c"));
        }
    }
}
