using System.Text.Json;
using System.Text.Json.Serialization;
using CccdPlatform.Reporting.Model;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>Writes a batch's application rows in one statement: PostgreSQL's upsert over arrays, SQL Server's MERGE over JSON.</summary>
public static class ApplicationStateStore
{
    public const string PostgreSqlUpsert = """
        INSERT INTO "ApplicationStates" ("ApplicationId", "Map", "ProvinceCode", "DistrictCode", "CommuneCode", "PermanentProvinceCode",
            "IsCrossProvince", "Received", "Channel", "VisitType", "RequestKind", "TeamCode", "MachineId", "CollectedOn", "Status",
            "StatusChangedAt")
        SELECT * FROM unnest(@ids, @maps, @provinces, @districts, @communes, @homes, @cross, @received, @channels, @visits, @kinds,
            @teams, @machines, @days, @statuses, @changed)
        ON CONFLICT ("ApplicationId") DO UPDATE SET
            "Map" = EXCLUDED."Map", "ProvinceCode" = EXCLUDED."ProvinceCode", "DistrictCode" = EXCLUDED."DistrictCode", "CommuneCode" = EXCLUDED."CommuneCode",
            "PermanentProvinceCode" = EXCLUDED."PermanentProvinceCode", "IsCrossProvince" = EXCLUDED."IsCrossProvince",
            "Received" = EXCLUDED."Received", "Channel" = EXCLUDED."Channel", "VisitType" = EXCLUDED."VisitType",
            "RequestKind" = EXCLUDED."RequestKind", "TeamCode" = EXCLUDED."TeamCode", "MachineId" = EXCLUDED."MachineId",
            "CollectedOn" = EXCLUDED."CollectedOn", "Status" = EXCLUDED."Status", "StatusChangedAt" = EXCLUDED."StatusChangedAt"
        """;

    public const string SqlServerMerge = """
        MERGE [ApplicationStates] WITH (HOLDLOCK) AS t
        USING OPENJSON(@rows) WITH (
            [ApplicationId] uniqueidentifier '$.ApplicationId', [Map] nvarchar(16) '$.Map', [ProvinceCode] nvarchar(5) '$.ProvinceCode',
            [DistrictCode] nvarchar(5) '$.DistrictCode', [CommuneCode] nvarchar(5) '$.CommuneCode',
            [PermanentProvinceCode] nvarchar(5) '$.PermanentProvinceCode', [IsCrossProvince] bit '$.IsCrossProvince',
            [Received] bit '$.Received', [Channel] nvarchar(64) '$.Channel', [VisitType] nvarchar(64) '$.VisitType',
            [RequestKind] nvarchar(64) '$.RequestKind', [TeamCode] nvarchar(64) '$.TeamCode', [MachineId] nvarchar(64) '$.MachineId',
            [CollectedOn] date '$.CollectedOn', [Status] nvarchar(64) '$.Status', [StatusChangedAt] datetimeoffset '$.StatusChangedAt') AS s
        ON t.[ApplicationId] = s.[ApplicationId]
        WHEN MATCHED THEN UPDATE SET
            [Map] = s.[Map], [ProvinceCode] = s.[ProvinceCode], [DistrictCode] = s.[DistrictCode], [CommuneCode] = s.[CommuneCode],
            [PermanentProvinceCode] = s.[PermanentProvinceCode], [IsCrossProvince] = s.[IsCrossProvince], [Received] = s.[Received],
            [Channel] = s.[Channel], [VisitType] = s.[VisitType], [RequestKind] = s.[RequestKind], [TeamCode] = s.[TeamCode],
            [MachineId] = s.[MachineId], [CollectedOn] = s.[CollectedOn], [Status] = s.[Status], [StatusChangedAt] = s.[StatusChangedAt]
        WHEN NOT MATCHED THEN INSERT ([ApplicationId], [Map], [ProvinceCode], [DistrictCode], [CommuneCode], [PermanentProvinceCode],
            [IsCrossProvince], [Received], [Channel], [VisitType], [RequestKind], [TeamCode], [MachineId], [CollectedOn], [Status],
            [StatusChangedAt])
        VALUES (s.[ApplicationId], s.[Map], s.[ProvinceCode], s.[DistrictCode], s.[CommuneCode], s.[PermanentProvinceCode], s.[IsCrossProvince],
            s.[Received], s.[Channel], s.[VisitType], s.[RequestKind], s.[TeamCode], s.[MachineId], s.[CollectedOn], s.[Status],
            s.[StatusChangedAt]);
        """;

    public static async Task UpsertAsync(ReportingDbContext db, IReadOnlyList<ApplicationState> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlRawAsync(
                SqlServerMerge, [new SqlParameter("rows", JsonSerializer.Serialize(rows, Json))], cancellationToken);
            return;
        }

        await db.Database.ExecuteSqlRawAsync(PostgreSqlUpsert,
        [
            Array("ids", rows.Select(a => a.ApplicationId)),
            Array("maps", rows.Select(a => a.Map.ToString())),
            Array("provinces", rows.Select(a => a.ProvinceCode)),
            Array("districts", rows.Select(a => a.DistrictCode)),
            Array("communes", rows.Select(a => a.CommuneCode)),
            Array("homes", rows.Select(a => a.PermanentProvinceCode)),
            Array("cross", rows.Select(a => a.IsCrossProvince)),
            Array("received", rows.Select(a => a.Received)),
            Array("channels", rows.Select(a => a.Channel)),
            Array("visits", rows.Select(a => a.VisitType)),
            Array("kinds", rows.Select(a => a.RequestKind)),
            Array("teams", rows.Select(a => a.TeamCode)),
            Array("machines", rows.Select(a => a.MachineId)),
            Array("days", rows.Select(a => a.CollectedOn)),
            Array("statuses", rows.Select(a => a.Status)),
            Array("changed", rows.Select(a => a.StatusChangedAt)),
        ], cancellationToken);
    }

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static NpgsqlParameter Array<T>(string name, IEnumerable<T> values) => new(name, values.ToArray());
}
