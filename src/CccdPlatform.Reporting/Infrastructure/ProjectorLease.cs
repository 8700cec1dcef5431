using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>
/// Locks the projector row until the current transaction ends. Whoever holds it is the only projector (or rebuild)
/// at work, across every instance of the service.
/// </summary>
public static class ProjectorLease
{
    public const string SqlServerTake = "SELECT * FROM [ProjectorStates] WITH (UPDLOCK, HOLDLOCK, ROWLOCK) WHERE [Id] = 1";
    public const string PostgreSqlTake = """SELECT * FROM "ProjectorStates" WHERE "Id" = 1 FOR UPDATE""";

    public static Task<ProjectorState> TakeAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        db.ProjectorStates.FromSqlRaw(db.Database.IsSqlServer() ? SqlServerTake : PostgreSqlTake).SingleAsync(cancellationToken);
}
