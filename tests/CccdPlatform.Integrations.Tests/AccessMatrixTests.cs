using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Integrations.Model;
using CccdPlatform.TestSupport.Access;
using static CccdPlatform.ServiceDefaults.Authentication.Roles;
using static CccdPlatform.TestSupport.Access.AccessRow;

namespace CccdPlatform.Integrations.Tests;

/// <summary>
/// Every integrations route, as every role and with no token, against the caller's own subscription and another
/// integrator's. Units play no part here: an integrator's reach is its own subscriptions, and another's answers 404.
/// </summary>
public class AccessMatrixTests(AccessMatrixFactory integrations)
    : AccessMatrixFacts<Program>(integrations, "38", CallerSubject), IClassFixture<AccessMatrixFactory>
{
    private const string CallerSubject = "integrator-matrix";
    private const string OtherSubject = "integrator-other";
    private const string Subscriptions = IntegrationsClients.SubscriptionsPath;
    private static readonly string[] Subscribers = [Integrator, Admin];

    private readonly Dictionary<Side, Guid> _subscription = [];
    private readonly Dictionary<Side, Guid> _delivery = [];

    protected override IReadOnlyList<AccessRow> Matrix() =>
    [
        //  route                                                                          roles         reach             request
        .. Probes,
        new("POST /api/integrations/subscriptions",                                        Subscribers,  Reach.AnyUnit,    _ => Post(Subscriptions, Webhook)),
        new("GET /api/integrations/subscriptions",                                         Subscribers,  Reach.OwnOnly,    _ => Get(Subscriptions)) { RefusedInBody = LeavesOutSubscription },
        new("GET /api/integrations/subscriptions/{id:guid}",                               Subscribers,  Reach.OwnOnly,    s => Get($"{Subscriptions}/{_subscription[s]}")),
        new("DELETE /api/integrations/subscriptions/{id:guid}",                            Subscribers,  Reach.OwnOnly,    async s => Delete($"{Subscriptions}/{await SubscribeAsync(OwnerOf(s))}")),
        new("POST /api/integrations/subscriptions/{id:guid}/credentials",                  Subscribers,  Reach.OwnOnly,    s => Post($"{Subscriptions}/{_subscription[s]}/credentials")),
        new("GET /api/integrations/subscriptions/{id:guid}/deliveries",                    Subscribers,  Reach.OwnOnly,    s => Get($"{Subscriptions}/{_subscription[s]}/deliveries")),
        new("POST /api/integrations/subscriptions/{id:guid}/deliveries/replay",            Subscribers,  Reach.OwnOnly,    s => Post($"{Subscriptions}/{_subscription[s]}/deliveries/replay")),
        new("POST /api/integrations/subscriptions/{id:guid}/deliveries/{deliveryId:guid}/replay", Subscribers, Reach.OwnOnly, s => Post($"{Subscriptions}/{_subscription[s]}/deliveries/{_delivery[s]}/replay")),
    ];

    // Nothing listens there: a replayed delivery fails at once and is parked again, touching nothing.
    private static readonly object Webhook = new { eventTypes = new[] { "ApplicationReceived" }, delivery = "webhook", webhookUrl = "http://127.0.0.1:9/matrix" };

    private static string OwnerOf(Side side) => side == Side.Inside ? CallerSubject : OtherSubject;

    private bool LeavesOutSubscription(Side side, string body) =>
        !JsonDocument.Parse(body).RootElement.EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == _subscription[side]);

    private async Task<Guid> SubscribeAsync(string owner)
    {
        var response = await integrations.ClientFor(Integrator, owner).PostAsJsonAsync(Subscriptions, Webhook);
        var created = await response.JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("subscription").GetProperty("id").GetGuid();
    }

    /// <summary>On each side: a webhook subscription with a parked delivery.</summary>
    protected override async Task SeedAsync()
    {
        foreach (var side in Enum.GetValues<Side>())
        {
            var subscription = _subscription[side] = await SubscribeAsync(OwnerOf(side));
            var delivery = _delivery[side] = Guid.CreateVersion7();
            await integrations.QueryAsync(db =>
            {
                db.Deliveries.Add(new WebhookDelivery
                {
                    Id = delivery, SubscriptionId = subscription, EventId = Guid.NewGuid(), EventType = "ApplicationReceived",
                    Body = "{}", State = DeliveryState.Parked, Attempts = IntegrationsFactory.MaxAttempts,
                    CreatedAt = DateTimeOffset.UtcNow, ParkedAt = DateTimeOffset.UtcNow,
                });
                return db.SaveChangesAsync();
            });
        }
    }
}
