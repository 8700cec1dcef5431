using CccdPlatform.Integrations.Extensions;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Integrations.Tests;

public sealed class MetricsTests(IntegrationsFactory integrations) : IClassFixture<IntegrationsFactory>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task WebhookAttemptsAreCountedByTheStateTheyLeaveTheDeliveryIn()
    {
        using var deliveries = integrations.Services.Collect<long>(IntegrationsMetrics.MeterName, IntegrationsMetrics.WebhookDeliveries);
        var client = integrations.Integrator();
        var id = await client.SubscribeByWebhookAsync(_receiver, "metered", "RosterImported");
        _receiver.Online = false;

        await integrations.Rosters.PublishAsync(TestEvents.Roster(), Guid.NewGuid());
        await client.WaitForDeliveryAsync(id, "parked");
        _receiver.Online = true;
        await integrations.Rosters.PublishAsync(TestEvents.Roster(), Guid.NewGuid());
        await client.WaitForDeliveryAsync(id, "delivered");

        await Eventually.HoldsAsync(() => Task.FromResult(deliveries.Total(("cccd.delivery.state", "Delivered")) == 1));
        Assert.Equal(IntegrationsFactory.MaxAttempts - 1, deliveries.Total(("cccd.delivery.state", "Retried")));
        Assert.Equal(1, deliveries.Total(("cccd.delivery.state", "Parked")));
        Assert.Equal(IntegrationsFactory.MaxAttempts + 1, deliveries.Total());
    }
}
