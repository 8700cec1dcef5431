using System.Net;
using System.Net.Http.Json;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Integrations.Tests;

/// <summary>Who may subscribe to what, and who sees which subscriptions.</summary>
public class SubscriptionApiTests(IntegrationsFactory integrations) : IClassFixture<IntegrationsFactory>
{
    private const string Hook = "http://127.0.0.1:9/hooks/x";

    [Fact]
    public async Task UnknownAndInternalEventTypesAreRefusedNamingEachOne()
    {
        var response = await integrations.Integrator().SubscribeAsync(new
        {
            eventTypes = new[] { "ApplicationReceived", "CitizenIdentityRecorded", "CardPrinted", "UnitPath" },
            delivery = "webhook",
            webhookUrl = Hook,
        });

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("eventTypes[1]", out _), problem.ToString());
        Assert.False(errors.TryGetProperty("eventTypes[0]", out _));
        Assert.Contains("internal", errors.GetProperty("eventTypes[1]")[0].GetString());
        Assert.Contains("not a public event", errors.GetProperty("eventTypes[2]")[0].GetString());
        Assert.Contains("ApplicationReceived", errors.GetProperty("eventTypes[2]")[0].GetString());
        Assert.Contains("not a public event", errors.GetProperty("eventTypes[3]")[0].GetString());
    }

    [Fact]
    public async Task ASubscriptionNeedsEventsADeliveryAndForAWebhookItsUrl()
    {
        var client = integrations.Integrator("careless-1");

        Assert.NotEmpty(await (await client.SubscribeAsync(new { eventTypes = Array.Empty<string>(), delivery = "queue" })).FieldErrorsAsync("eventTypes"));
        Assert.NotEmpty(await (await client.SubscribeAsync(new { eventTypes = new[] { "RosterImported" }, delivery = "email" })).FieldErrorsAsync("delivery"));
        Assert.NotEmpty(await (await client.SubscribeAsync(new { eventTypes = new[] { "RosterImported" }, delivery = "webhook" })).FieldErrorsAsync("webhookUrl"));
        Assert.NotEmpty(await (await client.SubscribeAsync(new { eventTypes = new[] { "RosterImported" }, delivery = "webhook", webhookUrl = "ftp://example.vn/x" })).FieldErrorsAsync("webhookUrl"));
        Assert.NotEmpty(await (await client.SubscribeAsync(new { eventTypes = new[] { "RosterImported" }, delivery = "queue", webhookUrl = Hook })).FieldErrorsAsync("webhookUrl"));
        Assert.Empty(await integrations.QueryAsync(db => Task.FromResult(db.Subscriptions.Where(s => s.Owner == "careless-1").ToList())));
    }

    [Fact]
    public async Task OnlyIntegratorsAndAdminMaySubscribe()
    {
        var form = new { eventTypes = new[] { "RosterImported" }, delivery = "webhook", webhookUrl = Hook };

        foreach (var role in new[] { Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Operations })
        {
            var client = integrations.ClientFor(role, $"{role}-1");
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SubscribeAsync(form)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(IntegrationsClients.SubscriptionsPath)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await integrations.CreateClient().PostAsJsonAsync(IntegrationsClients.SubscriptionsPath, form)).StatusCode);
        await (await integrations.ClientFor(Roles.Admin, "admin-1").SubscribeAsync(form)).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AnIntegratorSeesAndChangesOnlyItsOwnSubscriptionsWhileAdminSeesAll()
    {
        var owner = integrations.Integrator("owner-1");
        var intruder = integrations.Integrator("intruder-1");
        var admin = integrations.ClientFor(Roles.Admin, "admin-2");
        var form = new { eventTypes = new[] { "RosterImported", "ApplicationReceived" }, delivery = "webhook", webhookUrl = Hook };
        var id = (await (await owner.SubscribeAsync(form)).JsonAsync(HttpStatusCode.Created)).GetProperty("subscription").GetProperty("id").GetGuid();
        await (await intruder.SubscribeAsync(form)).JsonAsync(HttpStatusCode.Created);
        var path = $"{IntegrationsClients.SubscriptionsPath}/{id}";

        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync($"{path}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostAsync($"{path}/deliveries/replay", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.PostAsync($"{path}/credentials", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.DeleteAsync(path)).StatusCode);
        var mine = await (await intruder.GetAsync(IntegrationsClients.SubscriptionsPath)).JsonAsync(HttpStatusCode.OK);
        Assert.All(mine.EnumerateArray(), s => Assert.Equal("intruder-1", s.Text("owner")));

        var own = await (await owner.GetAsync(path)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["RosterImported", "ApplicationReceived"], own.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("webhook", own.Text("delivery"));
        Assert.False(own.TryGetProperty("webhookSecret", out _));
        var all = await (await admin.GetAsync(IntegrationsClients.SubscriptionsPath)).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(all.EnumerateArray(), s => s.Text("owner") == "owner-1");
        Assert.Contains(all.EnumerateArray(), s => s.Text("owner") == "intruder-1");
        var owners = await (await admin.GetAsync($"{IntegrationsClients.SubscriptionsPath}?owner=owner-1")).JsonAsync(HttpStatusCode.OK);
        Assert.All(owners.EnumerateArray(), s => Assert.Equal("owner-1", s.Text("owner")));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task AnIntegratorHasABoundedNumberOfSubscriptions()
    {
        var client = integrations.Integrator("busy-1");
        var form = new { eventTypes = new[] { "RosterImported" }, delivery = "webhook", webhookUrl = Hook };
        for (var i = 0; i < IntegrationsFactory.MaxSubscriptionsPerOwner; i++)
        {
            await (await client.SubscribeAsync(form)).JsonAsync(HttpStatusCode.Created);
        }

        await (await client.SubscribeAsync(form)).JsonAsync(HttpStatusCode.Conflict);
        await (await integrations.Integrator("other-1").SubscribeAsync(form)).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task DeliveriesAreListedByAKnownStateOnly()
    {
        var client = integrations.Integrator();
        var id = (await (await client.SubscribeAsync(new { eventTypes = new[] { "RosterImported" }, delivery = "webhook", webhookUrl = Hook }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("subscription").GetProperty("id").GetGuid();

        Assert.NotEmpty(await (await client.GetAsync($"{IntegrationsClients.SubscriptionsPath}/{id}/deliveries?state=lost")).FieldErrorsAsync("state"));
        Assert.NotEmpty(await (await client.GetAsync($"{IntegrationsClients.SubscriptionsPath}/{id}/deliveries?state=2")).FieldErrorsAsync("state"));
        Assert.Equal(0, (await client.DeliveriesAsync(id, "Parked")).GetArrayLength());
    }
}
