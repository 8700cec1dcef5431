using CccdPlatform.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// Empties every projection and queues every stored event again; the projector then replays them in arrival order.
/// Targets and campaign windows are reporting's own data, not projections, and stay.
/// </summary>
public static class Rebuild
{
    // An event a consumer commits meanwhile has queued itself already: it is not queued twice.
    public const string PostgreSqlQueueAll = """
        INSERT INTO "PendingEvents" ("Sequence") SELECT "Sequence" FROM "StoredEvents" ON CONFLICT DO NOTHING
        """;

    public const string SqlServerQueueAll = """
        INSERT INTO [PendingEvents] ([Sequence]) SELECT s.[Sequence] FROM [StoredEvents] AS s
        WHERE NOT EXISTS (SELECT 1 FROM [PendingEvents] AS p WHERE p.[Sequence] = s.[Sequence]);
        """;

    public static async Task<int> StartAsync(ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var projector = await ProjectorLease.TakeAsync(db, cancellationToken);
        await db.ApplicationStates.ExecuteDeleteAsync(cancellationToken);
        await db.EIdAccountStates.ExecuteDeleteAsync(cancellationToken);
        await db.EIdDeadlineBreaches.ExecuteDeleteAsync(cancellationToken);
        await db.CommuneRosters.ExecuteDeleteAsync(cancellationToken);
        await db.UnitProgress.ExecuteDeleteAsync(cancellationToken);
        await db.DailyProgress.ExecuteDeleteAsync(cancellationToken);
        await db.TeamDailyProgress.ExecuteDeleteAsync(cancellationToken);
        await db.PendingEvents.ExecuteDeleteAsync(cancellationToken);
        var queued = await db.Database.ExecuteSqlRawAsync(
            db.Database.IsSqlServer() ? SqlServerQueueAll : PostgreSqlQueueAll, cancellationToken);
        projector.ProjectedEvents = 0;
        projector.SkippedEvents = 0;
        projector.RebuiltAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return queued;
    }
}
