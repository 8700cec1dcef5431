using System.Security.Cryptography;
using CccdPlatform.Integrations.Extensions;
using CccdPlatform.Integrations.Model;
using CccdPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Integrations.Infrastructure;

/// <summary>
/// Posts due webhook deliveries. Each is leased first (its next attempt moved past the timeout, in a short transaction
/// with row locks that other instances skip), then sent outside any transaction, then its outcome recorded: delivered,
/// retried after the configured delay, or parked after the last attempt. An instance that dies mid-send leaves the
/// lease to expire, and the delivery is sent again with the same delivery id.
/// </summary>
public sealed class WebhookSender(
    IServiceScopeFactory scopes,
    WebhookClient client,
    DeliverySignal signal,
    IOptions<IntegrationsOptions> options,
    TimeProvider clock,
    ILogger<WebhookSender> logger) : PollingWorker(signal, logger)
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    private WebhookOptions Settings => options.Value.Webhooks;

    protected override TimeSpan Interval => Settings.PollInterval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await SendBatchAsync(cancellationToken) == Settings.BatchSize)
        {
            return true;
        }

        await PurgeIfDueAsync(cancellationToken);
        return false;
    }

    /// <summary>Sends one batch of due deliveries and returns how many it took.</summary>
    public async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        var leased = await LeaseAsync(cancellationToken);
        if (leased.Count == 0)
        {
            return 0;
        }

        using var activity = TelemetryNames.Source.StartActivity("send webhooks");
        activity?.SetTag("cccd.integrations.deliveries", leased.Count);
        await Parallel.ForEachAsync(leased,
            new ParallelOptions { MaxDegreeOfParallelism = Settings.Concurrency, CancellationToken = cancellationToken },
            async (item, token) => await SendAsync(item.Delivery, item.Subscription, token));
        return leased.Count;
    }

    private async Task<List<(WebhookDelivery Delivery, Subscription Subscription)>> LeaseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await (db.Database.IsSqlServer()
            ? db.Deliveries.FromSql($"""
                SELECT TOP ({Settings.BatchSize}) * FROM [WebhookDeliveries] WITH (UPDLOCK, READPAST, ROWLOCK)
                WHERE [State] = 'Pending' AND [NextAttemptAt] <= {now} ORDER BY [NextAttemptAt]
                """)
            : db.Deliveries.FromSql($"""
                SELECT * FROM "WebhookDeliveries" WHERE "State" = 'Pending' AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt" LIMIT {Settings.BatchSize} FOR UPDATE SKIP LOCKED
                """)).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var lease = now + Settings.Timeout + TimeSpan.FromSeconds(30);
        foreach (var delivery in due)
        {
            delivery.NextAttemptAt = lease;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var ids = due.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.Subscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return due.Where(d => subscriptions.ContainsKey(d.SubscriptionId)).Select(d => (d, subscriptions[d.SubscriptionId])).ToList();
    }

    private async Task SendAsync(WebhookDelivery delivery, Subscription subscription, CancellationToken cancellationToken)
    {
        string? error;
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var secret = scope.ServiceProvider.GetRequiredService<SecretProtector>().Unprotect(subscription.EncryptedSecret!, subscription.Id);
            error = await client.PostAsync(delivery, new Uri(subscription.WebhookUrl!), secret,
                clock.GetUtcNow().ToUnixTimeSeconds(), Settings.Timeout, cancellationToken);
        }
        catch (CryptographicException)
        {
            error = "The subscription's secret does not decrypt (was Integrations:SecretKey changed?)";
        }

        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var mine = db.Deliveries.Where(d => d.Id == delivery.Id && d.State == DeliveryState.Pending);
        int recorded;
        var after = error is null ? DeliveryState.Delivered : attempts >= Settings.MaxAttempts ? DeliveryState.Parked : DeliveryState.Pending;
        if (after == DeliveryState.Delivered)
        {
            recorded = await mine.ExecuteUpdateAsync(set => set
                .SetProperty(d => d.State, DeliveryState.Delivered)
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.LastAttemptAt, now)
                .SetProperty(d => d.DeliveredAt, now)
                .SetProperty(d => d.LastError, (string?)null), cancellationToken);
        }
        else if (after == DeliveryState.Parked)
        {
            recorded = await mine.ExecuteUpdateAsync(set => set
                .SetProperty(d => d.State, DeliveryState.Parked)
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.LastAttemptAt, now)
                .SetProperty(d => d.ParkedAt, now)
                .SetProperty(d => d.LastError, error), cancellationToken);
            Logger.LogWarning("Webhook delivery {DeliveryId} ({EventType}) of subscription {SubscriptionId} parked after {Attempts} attempts: {Error}",
                delivery.Id, delivery.EventType, subscription.Id, attempts, error);
        }
        else
        {
            recorded = await mine.ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.LastAttemptAt, now)
                .SetProperty(d => d.NextAttemptAt, now + Settings.DelayAfter(attempts))
                .SetProperty(d => d.LastError, error), cancellationToken);
            Logger.LogDebug("Webhook delivery {DeliveryId} of subscription {SubscriptionId} failed (attempt {Attempts}): {Error}",
                delivery.Id, subscription.Id, attempts, error);
        }

        // Nothing recorded: a replay or another instance's expired lease took the delivery meanwhile.
        if (recorded > 0)
        {
            scope.ServiceProvider.GetRequiredService<IntegrationsMetrics>().Attempted(after);
        }
    }

    private async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + PurgeInterval;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var delivered = now - Settings.DeliveredRetention;
        var parked = now - Settings.ParkedRetention;
        await db.Deliveries.Where(d => d.State == DeliveryState.Delivered && d.DeliveredAt < delivered).ExecuteDeleteAsync(cancellationToken);
        await db.Deliveries.Where(d => d.State == DeliveryState.Parked && d.ParkedAt < parked).ExecuteDeleteAsync(cancellationToken);
    }
}
