using System.Net;
using System.Text.Json;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Tests;

/// <summary>Signed webhooks: what arrives, retries while the receiver is down, parking and replay.</summary>
public sealed class WebhookDeliveryTests(IntegrationsFactory integrations) : IClassFixture<IntegrationsFactory>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task ASubscribedEventArrivesSignedWithTheCatalogueBody()
    {
        await integrations.Integrator().SubscribeByWebhookAsync(_receiver, "signed", "ApplicationReceived");
        var application = TestEvents.Received();
        var eventId = Guid.NewGuid();

        await integrations.Intake.PublishAsync(application, eventId);

        var hook = await Eventually.ReturnsAsync(() => _receiver.To("signed").FirstOrDefault());
        Assert.True(hook.SignatureValid, "The signature does not verify with the secret given at subscription.");
        Assert.Equal("ApplicationReceived", hook.Event);
        Assert.True(Guid.TryParse(hook.DeliveryId, out _));
        Assert.InRange(long.Parse(hook.Timestamp), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.StartsWith("application/json", hook.ContentType);
        var body = JsonDocument.Parse(hook.Body).RootElement;
        Assert.Equal(eventId, body.GetProperty("id").GetGuid());
        Assert.Equal("ApplicationReceived", body.Text("type"));
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.True(body.TryGetProperty("occurredAt", out _));
        var data = body.GetProperty("data");
        Assert.Equal(application.ApplicationId, data.GetProperty("applicationId").GetGuid());
        Assert.Equal(application.CitizenRef, data.Text("citizenRef"));
        Assert.Equal("380", data.GetProperty("collectingUnit").Text("districtCode"));
        Assert.Equal(application, data.Deserialize<CccdPlatform.Contracts.Intake.ApplicationReceived>(JsonSerializerOptions.Web));
    }

    [Fact]
    public async Task OnlyTheChosenEventsArriveOnceEachAndNeverTheInternalOne()
    {
        await integrations.Integrator().SubscribeByWebhookAsync(_receiver, "chosen", "RosterImported");
        var application = TestEvents.Received();
        var rosterId = Guid.NewGuid();

        await integrations.Intake.PublishAsync(application, Guid.NewGuid());
        await integrations.Identities.PublishAsync(TestEvents.Identity(application.ApplicationId), Guid.NewGuid());
        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 11), rosterId);
        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 11), rosterId); // redelivered
        await integrations.Rosters.PublishAsync(TestEvents.Roster(eligibleCount: 12), Guid.NewGuid());

        await Eventually.ReturnsAsync(() => _receiver.To("chosen").FirstOrDefault(h => h.Body.Contains("\"eligibleCount\":12")));
        await Task.Delay(1000);
        var hooks = _receiver.To("chosen").ToList();
        Assert.Equal(2, hooks.Count);
        Assert.All(hooks, h => Assert.Equal("RosterImported", h.Event));
        Assert.Single(hooks, h => h.Body.Contains(rosterId.ToString()));
        Assert.DoesNotContain(_receiver.Received, h => h.Body.Contains("038095001234") || h.Body.Contains("Nguy"));
    }

    [Fact]
    public async Task TwoSubscribersOfOneEventEachGetTheirOwnDeliveryOfTheSameEvent()
    {
        await integrations.Integrator().SubscribeByWebhookAsync(_receiver, "first", "BiometricsAccepted");
        await integrations.Integrator().SubscribeByWebhookAsync(_receiver, "second", "BiometricsAccepted");
        var eventId = Guid.NewGuid();

        await integrations.Biometrics.PublishAsync(TestEvents.Accepted(Guid.NewGuid()), eventId);

        var first = await Eventually.ReturnsAsync(() => _receiver.To("first").FirstOrDefault());
        var second = await Eventually.ReturnsAsync(() => _receiver.To("second").FirstOrDefault());
        Assert.True(first.SignatureValid && second.SignatureValid);
        Assert.NotEqual(first.DeliveryId, second.DeliveryId);
        Assert.NotEqual(first.Signature, second.Signature);
        Assert.Equal(eventId, JsonDocument.Parse(first.Body).RootElement.GetProperty("id").GetGuid());
        Assert.Equal(eventId, JsonDocument.Parse(second.Body).RootElement.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task AFailedDeliveryIsRetriedWithTheSameDeliveryIdUntilTheReceiverAnswers()
    {
        var client = integrations.Integrator();
        var id = await client.SubscribeByWebhookAsync(_receiver, "flaky", "RosterImported");
        _receiver.Online = false;

        await integrations.Rosters.PublishAsync(TestEvents.Roster(), Guid.NewGuid());
        await Eventually.ReturnsAsync(() => _receiver.To("flaky").FirstOrDefault());
        _receiver.Online = true;

        var answered = await Eventually.ReturnsAsync(() => _receiver.To("flaky").FirstOrDefault(h => h.Answered));
        var attempts = _receiver.To("flaky").ToList();
        Assert.True(attempts.Count >= 2);
        Assert.All(attempts, a => Assert.Equal(answered.DeliveryId, a.DeliveryId));
        Assert.All(attempts, a => Assert.True(a.SignatureValid));
        var delivery = await client.WaitForDeliveryAsync(id, "delivered");
        Assert.Equal(answered.DeliveryId, delivery.Text("id"));
        Assert.Equal(attempts.Count, delivery.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task AfterRepeatedFailuresADeliveryIsParkedAndAReplayDeliversIt()
    {
        var client = integrations.Integrator();
        var id = await client.SubscribeByWebhookAsync(_receiver, "offline", "ApplicationReceived");
        _receiver.Online = false;
        var application = TestEvents.Received();

        await integrations.Intake.PublishAsync(application, Guid.NewGuid());

        var parked = await client.WaitForDeliveryAsync(id, "parked");
        Assert.Equal(IntegrationsFactory.MaxAttempts, parked.GetProperty("attempts").GetInt32());
        Assert.Equal("HTTP 503", parked.Text("lastError"));
        Assert.Equal(IntegrationsFactory.MaxAttempts, _receiver.To("offline").Count());
        await Task.Delay(1000);
        Assert.Equal(IntegrationsFactory.MaxAttempts, _receiver.To("offline").Count()); // parked: no more attempts
        var view = await (await client.GetAsync($"{IntegrationsClients.SubscriptionsPath}/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, view.GetProperty("parkedDeliveries").GetInt32());

        _receiver.Online = true;
        var replay = await (await client.PostAsync($"{IntegrationsClients.SubscriptionsPath}/{id}/deliveries/replay", null))
            .JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(1, replay.GetProperty("replayed").GetInt32());
        var delivered = await Eventually.ReturnsAsync(() => _receiver.To("offline").FirstOrDefault(h => h.Answered));
        Assert.True(delivered.SignatureValid);
        Assert.Equal(parked.Text("id"), delivered.DeliveryId);
        Assert.Contains(application.ApplicationId.ToString(), delivered.Body);
        await Eventually.HoldsAsync(async () => (await client.DeliveriesAsync(id, "parked")).GetArrayLength() == 0
                                                && (await client.DeliveriesAsync(id, "delivered")).GetArrayLength() == 1);
    }

    [Fact]
    public async Task AReceiverThatIsNotListeningIsRetriedAndThenParked()
    {
        var client = integrations.Integrator();
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var created = await (await client.SubscribeAsync(new
        {
            eventTypes = new[] { "RosterImported" }, delivery = "webhook", webhookUrl = $"http://127.0.0.1:{closedPort}/hook",
        })).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("subscription").GetProperty("id").GetGuid();

        await integrations.Rosters.PublishAsync(TestEvents.Roster(), Guid.NewGuid());

        var parked = await client.WaitForDeliveryAsync(id, "parked");
        Assert.Equal(IntegrationsFactory.MaxAttempts, parked.GetProperty("attempts").GetInt32());
        Assert.Contains("ConnectionError", parked.Text("lastError"));
    }

    [Fact]
    public async Task ASingleDeliveryCanBeSentAgainOnRequest()
    {
        var client = integrations.Integrator();
        var id = await client.SubscribeByWebhookAsync(_receiver, "again", "RosterImported");
        await integrations.Rosters.PublishAsync(TestEvents.Roster(), Guid.NewGuid());
        var first = await Eventually.ReturnsAsync(() => _receiver.To("again").FirstOrDefault());
        await Eventually.HoldsAsync(async () => (await client.DeliveriesAsync(id, "delivered")).GetArrayLength() == 1);

        var replay = await client.PostAsync($"{IntegrationsClients.SubscriptionsPath}/{id}/deliveries/{first.DeliveryId}/replay", null);

        await replay.JsonAsync(HttpStatusCode.Accepted);
        await Eventually.HoldsAsync(() => Task.FromResult(_receiver.To("again").Count() == 2));
        Assert.All(_receiver.To("again"), h => Assert.Equal(first.DeliveryId, h.DeliveryId));
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.PostAsync($"{IntegrationsClients.SubscriptionsPath}/{id}/deliveries/{Guid.NewGuid()}/replay", null)).StatusCode);
    }

    [Fact]
    public async Task TheSecretIsKeptEncryptedAndARotatedSecretSignsTheNextDeliveries()
    {
        var client = integrations.Integrator();
        var id = await client.SubscribeByWebhookAsync(_receiver, "rotated", "RosterImported");

        var rotated = await (await client.PostAsync($"{IntegrationsClients.SubscriptionsPath}/{id}/credentials", null)).JsonAsync(HttpStatusCode.OK);
        var secret = rotated.Text("webhookSecret");
        await integrations.Rosters.PublishAsync(TestEvents.Roster(), Guid.NewGuid());
        var stored = await integrations.QueryAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id));

        var hook = await Eventually.ReturnsAsync(() => _receiver.To("rotated").FirstOrDefault());
        Assert.False(hook.SignatureValid, "The old secret still verifies.");
        Assert.True(WebhookReceiver.Verify(secret, hook.Timestamp, System.Text.Encoding.UTF8.GetBytes(hook.Body), hook.Signature));
        Assert.DoesNotContain(secret, System.Text.Encoding.UTF8.GetString(stored.EncryptedSecret!));
        Assert.Equal(12 + 16 + secret.Length, stored.EncryptedSecret!.Length); // nonce, tag, ciphertext
    }
}
