using System.Security.Claims;
using CccdPlatform.Integrations.Infrastructure;
using CccdPlatform.Integrations.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Integrations.Apis;

public static class DeliveriesApi
{
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapDeliveriesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup($"{SubscriptionsApi.Path}/{{id:guid}}/deliveries").WithTags("Webhook deliveries")
            .RequireAuthorization(p => p.RequireRole(Access.Subscribers));
        group.MapGet("/", ListDeliveries);
        group.MapPost("/replay", ReplayParked);
        group.MapPost("/{deliveryId:guid}/replay", ReplayOne);
        return group;
    }

    /// <summary>A webhook subscription's deliveries, newest first, optionally in one state (pending, delivered, parked).</summary>
    public static async Task<Results<Ok<Page<DeliveryView>>, NotFound, ValidationProblem>> ListDeliveries(
        Guid id,
        string? state,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        IntegrationsDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        DeliveryState parsed = default;
        if (state is not null && (state.Any(char.IsAsciiDigit) || !Enum.TryParse(state, ignoreCase: true, out parsed)))
        {
            errors["state"] = ["Use pending, delivered or parked."];
        }

        if (page is < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Use 1 to {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.FindVisibleAsync(id, user, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var deliveries = db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (state is not null)
        {
            deliveries = deliveries.Where(d => d.State == parsed);
        }

        var (number, size) = (page ?? 1, pageSize ?? 100);
        var total = await deliveries.CountAsync(cancellationToken);
        var items = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<DeliveryView>(items.Select(DeliveryView.Of).ToList(), number, size, total));
    }

    /// <summary>Gives every parked delivery of the subscription a fresh series of attempts, with its delivery id unchanged.</summary>
    public static async Task<Results<Accepted<ReplayResult>, NotFound, ProblemHttpResult>> ReplayParked(
        Guid id, ClaimsPrincipal user, IntegrationsDbContext db, DeliverySignal signal, TimeProvider clock,
        ILogger<WebhookDelivery> logger, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(id, user, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        if (subscription.Delivery != DeliveryMethod.Webhook)
        {
            return Problems.NoDeliveries();
        }

        var now = clock.GetUtcNow();
        var replayed = await db.Deliveries
            .Where(d => d.SubscriptionId == id && d.State == DeliveryState.Parked)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.State, DeliveryState.Pending)
                .SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now)
                .SetProperty(d => d.ParkedAt, (DateTimeOffset?)null), cancellationToken);
        signal.Notify();
        logger.LogInformation("{Caller} replayed {Count} parked deliveries of subscription {SubscriptionId}", user.SubjectOf(), replayed, id);
        return TypedResults.Accepted($"{SubscriptionsApi.Path}/{id}/deliveries?state=pending", new ReplayResult(replayed));
    }

    /// <summary>Sends one delivery again, parked or already delivered (a receiver that lost it can ask again).</summary>
    public static async Task<Results<Accepted<ReplayResult>, NotFound, ProblemHttpResult>> ReplayOne(
        Guid id, Guid deliveryId, ClaimsPrincipal user, IntegrationsDbContext db, DeliverySignal signal, TimeProvider clock,
        ILogger<WebhookDelivery> logger, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(id, user, cancellationToken) is null
            || await db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, cancellationToken) is not { } delivery)
        {
            return TypedResults.NotFound();
        }

        if (delivery.State == DeliveryState.Pending)
        {
            return Problems.AlreadyPending();
        }

        delivery.Replay(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        logger.LogInformation("{Caller} replayed delivery {DeliveryId} of subscription {SubscriptionId}", user.SubjectOf(), deliveryId, id);
        return TypedResults.Accepted($"{SubscriptionsApi.Path}/{id}/deliveries?state=pending", new ReplayResult(1));
    }
}
