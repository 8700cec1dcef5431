using System.Text.Json;
using CccdPlatform.Reporting.Projections;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>
/// Adds a batch's deltas to the counter tables, one upsert statement per table: PostgreSQL's
/// <c>INSERT ... ON CONFLICT DO UPDATE</c> over arrays, SQL Server's <c>MERGE</c> over a JSON parameter. Maps are
/// written by name, as EF Core stores them.
/// </summary>
public static class CounterStore
{
    public static async Task AddAsync(ReportingDbContext db, CounterDeltas deltas, CancellationToken cancellationToken)
    {
        var units = deltas.Units.OrderBy(d => d.Key).ToList();
        var days = deltas.Days.OrderBy(d => d.Key).ToList();
        var teams = deltas.Teams.OrderBy(d => d.Key).ToList();
        if (db.Database.IsSqlServer())
        {
            await MergeAsync(db, SqlServerUnits, units.Select(d => new { p = d.Key.Map.ToString(), u = d.Key.Unit, m = d.Key.Metric, c = d.Value }), cancellationToken);
            await MergeAsync(db, SqlServerDays, days.Select(d => new { p = d.Key.Map.ToString(), u = d.Key.Unit, d = d.Key.Day, m = d.Key.Metric, c = d.Value }), cancellationToken);
            await MergeAsync(db, SqlServerTeams, teams.Select(d => new { p = d.Key.Map.ToString(), u = d.Key.Unit, d = d.Key.Day, k = d.Key.Kind, m = d.Key.Code, c = d.Value }), cancellationToken);
            return;
        }

        if (units.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(PostgreSqlUnits, [
                Array("maps", units.Select(d => d.Key.Map.ToString())),
                Array("units", units.Select(d => d.Key.Unit)),
                Array("metrics", units.Select(d => d.Key.Metric)),
                Array("counts", units.Select(d => d.Value))], cancellationToken);
        }

        if (days.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(PostgreSqlDays, [
                Array("maps", days.Select(d => d.Key.Map.ToString())),
                Array("units", days.Select(d => d.Key.Unit)),
                Array("days", days.Select(d => d.Key.Day)),
                Array("metrics", days.Select(d => d.Key.Metric)),
                Array("counts", days.Select(d => d.Value))], cancellationToken);
        }

        if (teams.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(PostgreSqlTeams, [
                Array("maps", teams.Select(d => d.Key.Map.ToString())),
                Array("units", teams.Select(d => d.Key.Unit)),
                Array("days", teams.Select(d => d.Key.Day)),
                Array("kinds", teams.Select(d => d.Key.Kind)),
                Array("codes", teams.Select(d => d.Key.Code)),
                Array("counts", teams.Select(d => d.Value))], cancellationToken);
        }
    }

    private static NpgsqlParameter Array<T>(string name, IEnumerable<T> values) => new(name, values.ToArray());

    public const string PostgreSqlUnits = """
        INSERT INTO "UnitProgress" ("Map", "UnitCode", "Metric", "Count")
        SELECT * FROM unnest(@maps, @units, @metrics, @counts)
        ON CONFLICT ("Map", "UnitCode", "Metric") DO UPDATE SET "Count" = "UnitProgress"."Count" + EXCLUDED."Count"
        """;

    public const string PostgreSqlDays = """
        INSERT INTO "DailyProgress" ("Map", "UnitCode", "Day", "Metric", "Count")
        SELECT * FROM unnest(@maps, @units, @days, @metrics, @counts)
        ON CONFLICT ("Map", "UnitCode", "Day", "Metric") DO UPDATE SET "Count" = "DailyProgress"."Count" + EXCLUDED."Count"
        """;

    public const string PostgreSqlTeams = """
        INSERT INTO "TeamDailyProgress" ("Map", "UnitCode", "Day", "Kind", "Code", "Count")
        SELECT * FROM unnest(@maps, @units, @days, @kinds, @codes, @counts)
        ON CONFLICT ("Map", "UnitCode", "Day", "Kind", "Code") DO UPDATE SET "Count" = "TeamDailyProgress"."Count" + EXCLUDED."Count"
        """;

    public const string SqlServerUnits = """
        MERGE [UnitProgress] WITH (HOLDLOCK) AS t
        USING OPENJSON(@rows) WITH ([Map] nvarchar(16) '$.p', [UnitCode] nvarchar(5) '$.u', [Metric] nvarchar(80) '$.m', [Count] bigint '$.c') AS s
        ON t.[Map] = s.[Map] AND t.[UnitCode] = s.[UnitCode] AND t.[Metric] = s.[Metric]
        WHEN MATCHED THEN UPDATE SET [Count] = t.[Count] + s.[Count]
        WHEN NOT MATCHED THEN INSERT ([Map], [UnitCode], [Metric], [Count]) VALUES (s.[Map], s.[UnitCode], s.[Metric], s.[Count]);
        """;

    public const string SqlServerDays = """
        MERGE [DailyProgress] WITH (HOLDLOCK) AS t
        USING OPENJSON(@rows) WITH ([Map] nvarchar(16) '$.p', [UnitCode] nvarchar(5) '$.u', [Day] date '$.d', [Metric] nvarchar(80) '$.m', [Count] bigint '$.c') AS s
        ON t.[Map] = s.[Map] AND t.[UnitCode] = s.[UnitCode] AND t.[Day] = s.[Day] AND t.[Metric] = s.[Metric]
        WHEN MATCHED THEN UPDATE SET [Count] = t.[Count] + s.[Count]
        WHEN NOT MATCHED THEN INSERT ([Map], [UnitCode], [Day], [Metric], [Count]) VALUES (s.[Map], s.[UnitCode], s.[Day], s.[Metric], s.[Count]);
        """;

    public const string SqlServerTeams = """
        MERGE [TeamDailyProgress] WITH (HOLDLOCK) AS t
        USING OPENJSON(@rows) WITH ([Map] nvarchar(16) '$.p', [UnitCode] nvarchar(5) '$.u', [Day] date '$.d', [Kind] nvarchar(16) '$.k', [Code] nvarchar(64) '$.m', [Count] bigint '$.c') AS s
        ON t.[Map] = s.[Map] AND t.[UnitCode] = s.[UnitCode] AND t.[Day] = s.[Day] AND t.[Kind] = s.[Kind] AND t.[Code] = s.[Code]
        WHEN MATCHED THEN UPDATE SET [Count] = t.[Count] + s.[Count]
        WHEN NOT MATCHED THEN INSERT ([Map], [UnitCode], [Day], [Kind], [Code], [Count]) VALUES (s.[Map], s.[UnitCode], s.[Day], s.[Kind], s.[Code], s.[Count]);
        """;

    private static async Task MergeAsync<T>(ReportingDbContext db, string sql, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = rows.ToList();
        if (list.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                sql, [new Microsoft.Data.SqlClient.SqlParameter("rows", JsonSerializer.Serialize(list))], cancellationToken);
        }
    }
}
