using System.Text.Json;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CccdPlatform.Biometrics.Infrastructure;

/// <summary>
/// Stores a batch of announced applications in one statement that skips those already known, so a redelivery or
/// intake's republishing is stored once without the inbox. An application a capture came for first has an unannounced
/// row: the statement claims it (its version moves, so a capture being held for it at that moment fails and looks again).
/// </summary>
public static class KnownApplications
{
    public const string PostgreSqlInsert = """
        INSERT INTO "Applications" ("Id", "CitizenRef", "RequestKind", "Biometrics", "ReceivedAt", "CollectingProvinceCode",
            "CollectingDistrictCode", "CollectingCommuneCode", "HomeProvinceCode", "Status", "Captures", "FailedAttempts", "Version")
        SELECT a."Id", a."CitizenRef", a."RequestKind", a."Biometrics", a."ReceivedAt", a."Province", a."District", a."Commune", a."Home",
            @status, 0, 0, 0
        FROM unnest(@ids, @citizenRefs, @requestKinds, @biometrics, @receivedAts, @provinces, @districts, @communes, @homes)
            AS a("Id", "CitizenRef", "RequestKind", "Biometrics", "ReceivedAt", "Province", "District", "Commune", "Home")
        ON CONFLICT ("Id") DO UPDATE SET "CitizenRef" = EXCLUDED."CitizenRef", "RequestKind" = EXCLUDED."RequestKind",
            "Biometrics" = EXCLUDED."Biometrics", "ReceivedAt" = EXCLUDED."ReceivedAt",
            "CollectingProvinceCode" = EXCLUDED."CollectingProvinceCode", "CollectingDistrictCode" = EXCLUDED."CollectingDistrictCode",
            "CollectingCommuneCode" = EXCLUDED."CollectingCommuneCode", "HomeProvinceCode" = EXCLUDED."HomeProvinceCode",
            "Status" = EXCLUDED."Status", "Version" = "Applications"."Version" + 1
        WHERE "Applications"."Status" = @unannounced
        """;

    private const string SqlServerRows = """
        OPENJSON(@rows) WITH (
            [Id] uniqueidentifier, [CitizenRef] nvarchar(128), [RequestKind] nvarchar(20), [Biometrics] nvarchar(20), [ReceivedAt] datetimeoffset,
            [Province] nvarchar(2), [District] nvarchar(3), [Commune] nvarchar(5), [Home] nvarchar(2)) AS r
        """;

    /// <summary>The batch arrives as one JSON array (any number of rows in one parameter).</summary>
    public const string SqlServerInsert = $$"""
        UPDATE a SET a.[CitizenRef] = r.[CitizenRef], a.[RequestKind] = r.[RequestKind], a.[Biometrics] = r.[Biometrics],
            a.[ReceivedAt] = r.[ReceivedAt], a.[CollectingProvinceCode] = r.[Province], a.[CollectingDistrictCode] = r.[District],
            a.[CollectingCommuneCode] = r.[Commune], a.[HomeProvinceCode] = r.[Home], a.[Status] = @status, a.[Version] = a.[Version] + 1
        FROM [Applications] AS a WITH (UPDLOCK, HOLDLOCK)
        JOIN {{SqlServerRows}} ON a.[Id] = r.[Id]
        WHERE a.[Status] = @unannounced;
        INSERT INTO [Applications] ([Id], [CitizenRef], [RequestKind], [Biometrics], [ReceivedAt], [CollectingProvinceCode],
            [CollectingDistrictCode], [CollectingCommuneCode], [HomeProvinceCode], [Status], [Captures], [FailedAttempts], [Version])
        SELECT r.[Id], r.[CitizenRef], r.[RequestKind], r.[Biometrics], r.[ReceivedAt], r.[Province], r.[District], r.[Commune], r.[Home],
            @status, 0, 0, 0
        FROM {{SqlServerRows}}
        WHERE NOT EXISTS (SELECT 1 FROM [Applications] AS a WITH (UPDLOCK, HOLDLOCK) WHERE a.[Id] = r.[Id]);
        """;

    private sealed record Row(
        Guid Id, string CitizenRef, string RequestKind, string Biometrics, DateTimeOffset ReceivedAt,
        string Province, string? District, string? Commune, string? Home);

    public static Task InsertAsync(BiometricsDbContext db, IEnumerable<ApplicationReceived> batch, CancellationToken cancellationToken)
    {
        // The same application twice in one batch (intake republished it) would otherwise break the key within the
        // statement on SQL Server, which only checks the rows stored before it.
        var rows = batch
            .DistinctBy(received => received.ApplicationId)
            // In one order, so that two batches claiming the same unannounced rows wait for each other, never deadlock.
            .OrderBy(received => received.ApplicationId)
            .Select(received => new Row(
                received.ApplicationId, received.CitizenRef, received.RequestKind, BiometricsOf(received),
                received.ReceivedAt.ToUniversalTime(),
                received.CollectingUnit.ProvinceCode, received.CollectingUnit.DistrictCode, received.CollectingUnit.CommuneCode,
                received.IsCrossProvince ? received.PermanentProvinceCode : null))
            .ToArray();
        const string status = nameof(BiometricStatus.AwaitingCapture);
        const string unannounced = nameof(BiometricStatus.Unannounced);
        if (db.Database.IsSqlServer())
        {
            return db.Database.ExecuteSqlRawAsync(
                SqlServerInsert,
                [
                    new SqlParameter("rows", JsonSerializer.Serialize(rows)), new SqlParameter("status", status),
                    new SqlParameter("unannounced", unannounced),
                ],
                cancellationToken);
        }

        return db.Database.ExecuteSqlRawAsync(
            PostgreSqlInsert,
            [
                Array(NpgsqlDbType.Uuid, "ids", rows.Select(r => r.Id)),
                Array(NpgsqlDbType.Text, "citizenRefs", rows.Select(r => r.CitizenRef)),
                Array(NpgsqlDbType.Text, "requestKinds", rows.Select(r => r.RequestKind)),
                Array(NpgsqlDbType.Text, "biometrics", rows.Select(r => r.Biometrics)),
                Array(NpgsqlDbType.TimestampTz, "receivedAts", rows.Select(r => r.ReceivedAt)),
                Array(NpgsqlDbType.Text, "provinces", rows.Select(r => r.Province)),
                Array(NpgsqlDbType.Text, "districts", rows.Select(r => r.District)),
                Array(NpgsqlDbType.Text, "communes", rows.Select(r => r.Commune)),
                Array(NpgsqlDbType.Text, "homes", rows.Select(r => r.Home)),
                new NpgsqlParameter("status", status),
                new NpgsqlParameter("unannounced", unannounced),
            ],
            cancellationToken);
    }

    // Events published before intake said are of the 2014 rules; a value this release does not know asks for the most.
    private static string BiometricsOf(ApplicationReceived received) =>
        received.BiometricsRequired is null ? nameof(BiometricsRequirement.FaceAndFingers)
        : Enum.TryParse<BiometricsRequirement>(received.BiometricsRequired, out var known) && Enum.IsDefined(known)
            && !received.BiometricsRequired.All(char.IsAsciiDigit) ? known.ToString()
        : nameof(BiometricsRequirement.FaceFingersAndIrises);

    private static NpgsqlParameter Array<T>(NpgsqlDbType type, string name, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
