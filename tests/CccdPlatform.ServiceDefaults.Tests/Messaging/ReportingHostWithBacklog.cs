using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>A service whose outbox already holds events when it starts, as after a crash or a deployment.</summary>
public sealed class ReportingHostWithBacklog : ReportingHost
{
    public IReadOnlyList<UnitActivityRecorded> Backlog { get; } =
        Enumerable.Range(0, 20).Select(_ => Events.New()).ToList();

    protected override async Task BeforeStartAsync()
    {
        await using var db = new PostgreSqlReportingDbContext(new DbContextOptionsBuilder<PostgreSqlReportingDbContext>()
            .UseNpgsql(DatabaseConnectionString).Options);
        await db.Database.MigrateAsync();
        foreach (var message in Backlog)
        {
            db.AddOutboxMessage(message, TimeProvider.System);
        }

        await db.SaveChangesAsync();
    }
}
