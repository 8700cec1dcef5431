using System.Diagnostics;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults;
using Npgsql;
using NpgsqlTypes;

namespace CccdPlatform.Reporting.Bench;

/// <summary>
/// Writes what the projector would have written for a province's applications, straight into the tables with
/// binary COPY: Thanh Hoa's real 27 districts and 559 communes, a year of days, a team and a machine per commune,
/// and (optionally) one application row per application. Events are not pushed through the broker for this.
/// </summary>
public static class Seeder
{
    private const string Province = "38";
    private const int TeamDays = 120;

    private static readonly (string Metric, double Share)[] Shares =
    [
        (Metrics.Channel("Station"), 0.45), (Metrics.Channel("Mobile"), 0.55),
        (Metrics.VisitType("Station"), 0.45), (Metrics.VisitType("Home"), 0.35), (Metrics.VisitType("Hospital"), 0.08),
        (Metrics.VisitType("WorkplaceOrSchool"), 0.10), (Metrics.VisitType("Other"), 0.02),
        (Metrics.RequestKind("FirstIssue"), 0.70), (Metrics.RequestKind("Renewal"), 0.20),
        (Metrics.RequestKind("Replacement"), 0.08), (Metrics.RequestKind("Correction"), 0.02),
        (Metrics.Status("Received"), 0.01), (Metrics.Status("BiometricsAccepted"), 0.01), (Metrics.Status("RecaptureNeeded"), 0.005),
        (Metrics.Status("UnderReview"), 0.001), (Metrics.Status("Approved"), 0.02), (Metrics.Status("CardProduced"), 0.05),
        (Metrics.Status("CardDelivered"), 0.90), (Metrics.Status("Cancelled"), 0.004),
        (Metrics.ForOtherProvinces, 0.01), (Metrics.Covered, 0.996), (Metrics.RosterEligible, 1.02),
        (Metrics.EIdLevel(1), 0.3), (Metrics.EIdLevel(2), 0.5),
    ];

    private static readonly (string Metric, double Share)[] DailyShares =
    [
        (Metrics.Channel("Station"), 0.45), (Metrics.Channel("Mobile"), 0.55), (Metrics.VisitType("Station"), 0.45),
        (Metrics.VisitType("Home"), 0.35), (Metrics.VisitType("Hospital"), 0.08), (Metrics.Covered, 0.996),
    ];

    public static async Task<string> SeedAsync(string connectionString, BenchSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(38);
        var communes = Communes();
        var weights = communes.Select(_ => 0.3 + random.NextDouble()).ToArray();
        var perCommune = weights.Select(w => (long)(settings.Applications * w / weights.Sum())).ToArray();
        perCommune[0] += settings.Applications - perCommune.Sum();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var unitRows = await SeedUnitProgressAsync(connection, communes, perCommune);
        var (dailyRows, teamRows) = await SeedDaysAsync(connection, communes, perCommune, settings.SeedDays, random);
        var applicationRows = settings.SeedApplicationRows ? await SeedApplicationsAsync(connection, communes, settings.Applications) : 0;
        await using (var analyze = new NpgsqlCommand("""VACUUM ANALYZE "UnitProgress", "DailyProgress", "TeamDailyProgress", "ApplicationStates" """, connection))
        {
            analyze.CommandTimeout = 600;
            await analyze.ExecuteNonQueryAsync();
        }

        return $"Seeded in {clock.Elapsed.TotalSeconds:0} s: {unitRows:N0} unit rows, {dailyRows:N0} daily rows, " +
               $"{teamRows:N0} team and machine rows, {applicationRows:N0} application rows " +
               $"({communes.Count} communes in {communes.Select(c => c.District).Distinct().Count()} districts).";
    }

    private static List<(string Commune, string District)> Communes() =>
        UnitMaps.Load().ThreeTier.All.Where(u => u.Level == UnitLevel.Commune).Select(u => (u.Code, u.ParentCode!)).ToList();

    private static async Task<int> SeedUnitProgressAsync(NpgsqlConnection connection, List<(string Commune, string District)> communes, long[] perCommune)
    {
        var figures = new Dictionary<(string Unit, string Metric), long>();
        for (var i = 0; i < communes.Count; i++)
        {
            var (commune, district) = communes[i];
            foreach (var unit in new[] { commune, district, Province })
            {
                Add(figures, (unit, Metrics.Received), perCommune[i]);
                foreach (var (metric, share) in Shares)
                {
                    Add(figures, (unit, metric), (long)(perCommune[i] * share));
                }
            }
        }

        figures[(Province, Metrics.ReceivedElsewhere)] = perCommune.Sum() / 50;
        await using var writer = await connection.BeginBinaryImportAsync(
            """COPY "UnitProgress" ("UnitCode", "Metric", "Count") FROM STDIN (FORMAT BINARY)""");
        foreach (var ((unit, metric), count) in figures)
        {
            await writer.WriteRowAsync(default, unit, metric, count);
        }

        await writer.CompleteAsync();
        return figures.Count;
    }

    private static async Task<(long Daily, long Teams)> SeedDaysAsync(
        NpgsqlConnection connection, List<(string Commune, string District)> communes, long[] perCommune, int days, Random random)
    {
        var today = VietnamTime.DateOf(DateTimeOffset.UtcNow);
        var first = today.AddDays(1 - days);
        var byUnit = new Dictionary<string, long[]>();
        for (var i = 0; i < communes.Count; i++)
        {
            var shares = Enumerable.Range(0, days).Select(_ => 0.5 + random.NextDouble()).ToArray();
            var total = shares.Sum();
            var series = shares.Select(s => (long)(perCommune[i] * s / total)).ToArray();
            foreach (var unit in new[] { communes[i].Commune, communes[i].District, Province })
            {
                var sums = byUnit.TryGetValue(unit, out var existing) ? existing : byUnit[unit] = new long[days];
                for (var d = 0; d < days; d++)
                {
                    sums[d] += series[d];
                }
            }
        }

        long dailyRows = 0;
        await using (var writer = await connection.BeginBinaryImportAsync(
            """COPY "DailyProgress" ("UnitCode", "Day", "Metric", "Count") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var (unit, series) in byUnit)
            {
                for (var d = 0; d < days; d++)
                {
                    await writer.WriteRowAsync(default, unit, first.AddDays(d), Metrics.Received, series[d]);
                    foreach (var (metric, share) in DailyShares)
                    {
                        await writer.WriteRowAsync(default, unit, first.AddDays(d), metric, (long)(series[d] * share));
                    }

                    dailyRows += 1 + DailyShares.Length;
                }
            }

            await writer.CompleteAsync();
        }

        long teamRows = 0;
        await using (var writer = await connection.BeginBinaryImportAsync(
            """COPY "TeamDailyProgress" ("UnitCode", "Day", "Kind", "Code", "Count") FROM STDIN (FORMAT BINARY)"""))
        {
            var commune = byUnit.Where(u => u.Key.Length == 5).ToList();
            var districtOf = communes.ToDictionary(c => c.Commune, c => c.District);
            for (var d = days - Math.Min(TeamDays, days); d < days; d++)
            {
                foreach (var (code, series) in commune)
                {
                    var mobile = (long)(series[d] * 0.55);
                    foreach (var unit in new[] { code, districtOf[code], Province })
                    {
                        await writer.WriteRowAsync(default, unit, first.AddDays(d), Metrics.Team, $"TEAM-{code}", mobile);
                        await writer.WriteRowAsync(default, unit, first.AddDays(d), Metrics.Machine, $"KIT-{code}", mobile);
                        teamRows += 2;
                    }
                }
            }

            await writer.CompleteAsync();
        }

        return (dailyRows, teamRows);
    }

    private static async Task<long> SeedApplicationsAsync(NpgsqlConnection connection, List<(string Commune, string District)> communes, long applications)
    {
        const long chunk = 500_000;
        for (long done = 0; done < applications; done += chunk)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO "ApplicationStates" ("ApplicationId", "ProvinceCode", "DistrictCode", "CommuneCode", "PermanentProvinceCode",
                    "IsCrossProvince", "Received", "Channel", "VisitType", "RequestKind", "TeamCode", "MachineId", "CollectedOn",
                    "Status", "StatusChangedAt")
                SELECT gen_random_uuid(), '38', (@districts)[(1 + i % @count)::int], (@communes)[(1 + i % @count)::int], '38', false, true,
                    'Mobile', 'Home', 'FirstIssue', 'TEAM-' || (@communes)[(1 + i % @count)::int], 'KIT-' || (@communes)[(1 + i % @count)::int],
                    current_date - (i % 365)::int, 'CardDelivered', now()
                FROM generate_series(@from, @to) AS i
                """, connection);
            insert.CommandTimeout = 600;
            insert.Parameters.AddWithValue("districts", communes.Select(c => c.District).ToArray());
            insert.Parameters.AddWithValue("communes", communes.Select(c => c.Commune).ToArray());
            insert.Parameters.AddWithValue("count", communes.Count);
            insert.Parameters.AddWithValue("from", done);
            insert.Parameters.AddWithValue("to", Math.Min(applications, done + chunk) - 1);
            await insert.ExecuteNonQueryAsync();
            Console.Write($"\r  application rows: {Math.Min(applications, done + chunk):N0}");
        }

        Console.WriteLine();
        return applications;
    }

    private static void Add(Dictionary<(string, string), long> figures, (string, string) key, long value) =>
        figures[key] = figures.GetValueOrDefault(key) + value;
}
