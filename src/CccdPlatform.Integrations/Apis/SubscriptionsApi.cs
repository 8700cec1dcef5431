using System.Security.Claims;
using System.Security.Cryptography;
using CccdPlatform.Integrations.Extensions;
using CccdPlatform.Integrations.Infrastructure;
using CccdPlatform.Integrations.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Integrations.Apis;

public static class SubscriptionsApi
{
    public const string Path = "/api/integrations/subscriptions";

    public static RouteGroupBuilder MapSubscriptionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Subscriptions").RequireAuthorization(p => p.RequireRole(Access.Subscribers));
        group.MapPost("/", CreateSubscription).Validate<Subscribe>();
        group.MapGet("/", ListSubscriptions);
        group.MapGet("/{id:guid}", GetSubscription);
        group.MapDelete("/{id:guid}", DeleteSubscription);
        group.MapPost("/{id:guid}/credentials", RotateCredentials);
        return group;
    }

    /// <summary>201 with the subscription and, once only, its webhook secret or queue password.</summary>
    public static async Task<Results<Created<SubscriptionCreated>, ProblemHttpResult>> CreateSubscription(
        Subscribe form,
        ClaimsPrincipal user,
        IntegrationsDbContext db,
        EventCatalog catalog,
        BrokerAdmin broker,
        SecretProtector protector,
        IOptions<IntegrationsOptions> options,
        TimeProvider clock,
        ILogger<Subscription> logger,
        CancellationToken cancellationToken)
    {
        var owner = user.SubjectOf();
        var max = options.Value.MaxSubscriptionsPerOwner;
        if (await db.Subscriptions.CountAsync(s => s.Owner == owner, cancellationToken) >= max)
        {
            return Problems.TooManySubscriptions(max);
        }

        DeliveryMethods.TryParse(form.Delivery, out var method);
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var events = form.EventTypes!.Distinct().Select(name => catalog.Find(name)!).ToList();
        var subscription = new Subscription
        {
            Id = id,
            Owner = owner,
            EventTypes = events.Select(e => e.Name).ToList(),
            Delivery = method,
            WebhookUrl = method == DeliveryMethod.Webhook ? form.WebhookUrl : null,
            QueueName = method == DeliveryMethod.Queue ? Subscription.QueueNameOf(id) : null,
            BrokerUser = method == DeliveryMethod.Queue ? Subscription.QueueNameOf(id) : null,
            CreatedAt = now,
            CredentialsIssuedAt = now,
        };

        Credentials credentials;
        if (method == DeliveryMethod.Webhook)
        {
            var secret = WebhookSignature.NewSecret();
            subscription.EncryptedSecret = protector.Protect(secret, id);
            credentials = new Credentials(secret, null);
        }
        else
        {
            var password = NewPassword();
            try
            {
                await broker.GrantQueueAsync(subscription, events, password, cancellationToken);
            }
            catch (BrokerAdminException exception)
            {
                logger.LogError(exception, "Setting up the queue of subscription {SubscriptionId} failed", id);
                await RevokeQuietlyAsync(broker, subscription, logger);
                return Problems.BrokerUnavailable();
            }

            credentials = new Credentials(null, broker.AccessFor(subscription, password));
        }

        db.Subscriptions.Add(subscription);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch when (method == DeliveryMethod.Queue)
        {
            await RevokeQuietlyAsync(broker, subscription, logger);
            throw;
        }

        logger.LogInformation("{Owner} subscribed {SubscriptionId} to {EventTypes} by {Delivery}",
            owner, id, subscription.EventTypes, DeliveryMethods.NameOf(method));
        return TypedResults.Created($"{Path}/{id}", new SubscriptionCreated(SubscriptionView.Of(subscription), credentials));
    }

    /// <summary>The caller's subscriptions; Admin sees everyone's, or one owner's with <c>?owner=</c>.</summary>
    public static async Task<Ok<List<SubscriptionView>>> ListSubscriptions(
        string? owner, ClaimsPrincipal user, IntegrationsDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Subscriptions.AsNoTracking();
        if (!user.SeesEverything())
        {
            var subject = user.SubjectOf();
            query = query.Where(s => s.Owner == subject);
        }
        else if (owner is not null)
        {
            query = query.Where(s => s.Owner == owner);
        }

        var subscriptions = await query.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var counts = await CountsAsync(db, subscriptions.Select(s => s.Id).ToList(), cancellationToken);
        return TypedResults.Ok(subscriptions.Select(s => SubscriptionView.Of(s, counts)).ToList());
    }

    public static async Task<Results<Ok<SubscriptionView>, NotFound>> GetSubscription(
        Guid id, ClaimsPrincipal user, IntegrationsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(id, user, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(SubscriptionView.Of(subscription, await CountsAsync(db, [id], cancellationToken)));
    }

    /// <summary>Ends the subscription: its queue (with what waits in it) and user, or its pending deliveries, go too.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteSubscription(
        Guid id, ClaimsPrincipal user, IntegrationsDbContext db, BrokerAdmin broker, ILogger<Subscription> logger,
        CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(id, user, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        if (subscription.Delivery == DeliveryMethod.Queue)
        {
            try
            {
                await broker.RevokeQueueAsync(subscription, cancellationToken);
            }
            catch (BrokerAdminException exception)
            {
                // Keep the row, so that deleting again finishes the job.
                logger.LogError(exception, "Removing the queue of subscription {SubscriptionId} failed", id);
                return Problems.BrokerUnavailable();
            }
        }

        await db.Subscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("{Caller} deleted subscription {SubscriptionId} of {Owner}", user.SubjectOf(), id, subscription.Owner);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// A new webhook secret (deliveries are signed with it from their next attempt) or a new queue password (open
    /// connections with the old one are closed). Shown once.
    /// </summary>
    public static async Task<Results<Ok<Credentials>, NotFound, ProblemHttpResult>> RotateCredentials(
        Guid id, ClaimsPrincipal user, IntegrationsDbContext db, BrokerAdmin broker, SecretProtector protector,
        TimeProvider clock, ILogger<Subscription> logger, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(id, user, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        Credentials credentials;
        if (subscription.Delivery == DeliveryMethod.Webhook)
        {
            var secret = WebhookSignature.NewSecret();
            subscription.EncryptedSecret = protector.Protect(secret, id);
            credentials = new Credentials(secret, null);
        }
        else
        {
            var password = NewPassword();
            try
            {
                await broker.SetPasswordAsync(subscription.BrokerUser!, password, cancellationToken);
            }
            catch (BrokerAdminException exception)
            {
                logger.LogError(exception, "Changing the queue password of subscription {SubscriptionId} failed", id);
                return Problems.BrokerUnavailable();
            }

            credentials = new Credentials(null, broker.AccessFor(subscription, password));
        }

        subscription.CredentialsIssuedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Caller} rotated the credentials of subscription {SubscriptionId}", user.SubjectOf(), id);
        return TypedResults.Ok(credentials);
    }

    /// <summary>The subscription if the caller owns it or is Admin; others get nothing, not even that it exists.</summary>
    internal static Task<Subscription?> FindVisibleAsync(
        this IntegrationsDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var query = db.Subscriptions.Where(s => s.Id == id);
        if (!user.SeesEverything())
        {
            var subject = user.SubjectOf();
            query = query.Where(s => s.Owner == subject);
        }

        return query.FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<Dictionary<(Guid, DeliveryState), int>> CountsAsync(
        IntegrationsDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Deliveries.AsNoTracking()
            .Where(d => ids.Contains(d.SubscriptionId) && d.State != DeliveryState.Delivered)
            .GroupBy(d => new { d.SubscriptionId, d.State })
            .Select(g => new { g.Key.SubscriptionId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken))
        .ToDictionary(c => (c.SubscriptionId, c.State), c => c.Count);

    private static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task RevokeQuietlyAsync(BrokerAdmin broker, Subscription subscription, ILogger logger)
    {
        try
        {
            await broker.RevokeQueueAsync(subscription, CancellationToken.None);
        }
        catch (BrokerAdminException exception)
        {
            logger.LogWarning(exception, "Cleaning up the queue of subscription {SubscriptionId} failed", subscription.Id);
        }
    }
}
