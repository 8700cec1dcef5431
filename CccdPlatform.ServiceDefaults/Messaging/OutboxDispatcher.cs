using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CccdPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows to the broker and marks them sent. Rows are claimed with row locks that other
/// dispatchers skip, so several instances of a service share the work; a row is marked sent only after the broker
/// confirmed it, so a crash in between publishes it again with the same MessageId and the inboxes drop the copy.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : PollingWorker(signal, logger) where TContext : DbContext
{
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (await DispatchBatchAsync(settings.BatchSize, cancellationToken) == settings.BatchSize)
        {
            return true;
        }

        await PurgeIfDueAsync(settings, cancellationToken);
        return false;
    }

    /// <summary>Publishes one batch of unsent rows and returns how many it published.</summary>
    public async Task<int> DispatchBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var rows = await db.Set<OutboxMessage>()
            .FromSqlRaw(ClaimSql(db, batchSize))
            .ToListAsync(cancellationToken);
        await metrics.ObserveAsync(db, rows, batchSize, cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var readable = rows.Select(row => (Row: row, Read: TryRead(row))).Where(r => r.Read is not null).ToList();
        await Task.WhenAll(readable.Select(r => PublishAsync(r.Row, r.Read!.Value.Message, r.Read.Value.Type, cancellationToken)));

        // One statement for the whole batch; parked rows carry their error in the change tracker.
        var sent = readable.Select(r => r.Row.Id).ToList();
        var now = clock.GetUtcNow();
        await db.Set<OutboxMessage>().Where(m => sent.Contains(m.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, now), cancellationToken);
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>The row's message and its type, or null after parking a row that can never be published.</summary>
    private (object Message, Type Type)? TryRead(OutboxMessage row)
    {
        try
        {
            var type = Type.GetType(row.MessageType, throwOnError: true)!;
            return (JsonSerializer.Deserialize(row.Body, type, OutboxDbContextExtensions.Json)!, type);
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or JsonException or NotSupportedException)
        {
            // The body may hold personal data: log the row's id and type only.
            Logger.LogError("Outbox row {OutboxId} of type {MessageType} cannot be read and is parked: {Reason}",
                row.Id, row.MessageType, exception.GetType().Name);
            var reason = $"{exception.GetType().Name}: {exception.Message}";
            row.Error = reason.Length <= 1000 ? reason : reason[..1000];
            return null;
        }
    }

    private async Task PublishAsync(OutboxMessage row, object message, Type type, CancellationToken cancellationToken)
    {
        // Continue the trace of the request that raised the event.
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = ServiceDefaults.TelemetryNames.Source.StartActivity(
            $"outbox publish {type.Name}", ActivityKind.Producer, parent);

        await bus.Publish(message, type, context => context.MessageId = row.Id, cancellationToken);
    }

    private static string ClaimSql(DbContext db, int batchSize) => db.Database.IsSqlServer()
        ? $"""
           SELECT TOP ({batchSize}) * FROM [OutboxMessages] WITH (UPDLOCK, READPAST, ROWLOCK)
           WHERE [SentAt] IS NULL AND [Error] IS NULL ORDER BY [CreatedAt]
           """
        : $"""
           SELECT * FROM "OutboxMessages" WHERE "SentAt" IS NULL AND "Error" IS NULL ORDER BY "CreatedAt"
           LIMIT {batchSize} FOR UPDATE SKIP LOCKED
           """;

    private async Task PurgeIfDueAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + settings.PurgeInterval;
        var cutoff = now - settings.Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Set<OutboxMessage>().Where(m => m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.Set<InboxMessage>().Where(m => m.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
