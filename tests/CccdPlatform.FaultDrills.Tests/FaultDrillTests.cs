using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace CccdPlatform.FaultDrills.Tests;

public class FaultDrillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task NoAcknowledgedApplicationIsLostOrDoubledWhenTheBrokerAServiceOrTheDatabaseIsKilledUnderLoad()
    {
        var settings = DrillSettings.FromEnvironment();
        var random = settings.Seed is { } seed ? new Random(seed) : null;
        var clock = Stopwatch.StartNew();
        Say($"Drill: {settings.PerSecond} applications/s from {settings.Stations} stations for {settings.Duration.TotalSeconds:0} s" +
            (settings.Seed is { } s ? $", faults at random moments (seed {s})" : ", faults at fixed moments"));

        await using var platform = await DrillPlatform.StartAsync();
        Say($"Started PostgreSQL, RabbitMQ, intake x2, reporting and the gateway in {clock.Elapsed.TotalSeconds:0} s");
        Say($"PIDs: {platform.DescribePids()}. Kill -9 any of them while the load runs: the supervisor starts what dies again, " +
            "and the counts must still hold.");

        using var supervision = new CancellationTokenSource();
        var supervisor = platform.SuperviseAsync(line => Say($"{clock.Elapsed.TotalSeconds,6:0.0} s  {line}"), supervision.Token);
        try
        {
            await DrillAsync(platform, settings, random, clock);
        }
        finally
        {
            await supervision.CancelAsync();
            await supervisor;
        }
    }

    private async Task DrillAsync(DrillPlatform platform, DrillSettings settings, Random? random, Stopwatch clock)
    {
        var load = new SteadyLoad(platform.Gateway.Address, platform, settings.Stations, settings.PerSecond);
        clock.Restart();
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);
        var unannounced = UnannouncedFaultsAsync(platform, settings, clock);
        var faults = new (string What, IDrillProcess Target, TimeSpan Down)[]
        {
            ("kill -9 RabbitMQ, start it again", platform.RabbitMq, TimeSpan.Zero),
            ("kill -9 intake instance A, start it again 5 s later", platform.IntakeA, TimeSpan.FromSeconds(5)),
            ("kill -9 reporting, start it again 5 s later", platform.Reporting, TimeSpan.FromSeconds(5)),
            ("kill -9 PostgreSQL, start it again on its data", platform.Postgres, TimeSpan.Zero),
        };
        for (var i = 0; i < faults.Length; i++)
        {
            // Fixed: at 10%, 30%, 50%, 70% of the load. Random: anywhere in the i-th fifth of it.
            var at = settings.Duration * ((random is null ? 0.1 + 0.2 * i : 0.2 * i + 0.2 * random.NextDouble()));
            if (at > clock.Elapsed)
            {
                await Task.Delay(at - clock.Elapsed);
            }

            var struck = clock.Elapsed;
            var (_, target, down) = faults[i];
            await DrillPlatform.StrikeAsync(target, async () =>
            {
                await target.KillAsync();
                await Task.Delay(down);
                await DrillPlatform.StartUntilUpAsync(target, line => Say($"{clock.Elapsed.TotalSeconds,6:0.0} s  {line}"));
            });
            Say($"{struck.TotalSeconds,6:0.0} s  {faults[i].What} (back after {(clock.Elapsed - struck).TotalSeconds:0.0} s; {load.Receipts.Count} receipts so far)");
        }

        // The load goes on for its whole duration, and for a while after the last fault whenever the faults took longer.
        await Task.Delay(settings.Duration - clock.Elapsed > TimeSpan.FromSeconds(5) ? settings.Duration - clock.Elapsed : TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await running;
        await unannounced;
        Say($"{clock.Elapsed.TotalSeconds,6:0.0} s  load finished: {load.Submitted} submitted, {load.Receipts.Count} answered 201, " +
            $"{load.Retries} retries, {load.Abandoned} abandoned; failed attempts: {Describe(load.Failures)}");

        foreach (var (kind, said) in load.FirstFailures)
        {
            Say($"         first {kind}: {said}");
        }

        if (load.Abandoned > 0)
        {
            Say($"Last lines of the services:\n{platform.Tails()}");
        }

        var reportingCount = await SettledCountAsync(platform, TimeSpan.FromSeconds(120));
        var (stored, duplicatedIds, receiptsFound) = await IntakeCountsAsync(platform, [.. load.Receipts.Keys]);
        var parked = await platform.ParkedMessagesAsync();
        Say($"Intake stores {stored} applications; receipts found {receiptsFound} of {load.Receipts.Count}; " +
            $"ID numbers stored twice: {duplicatedIds}; reporting counts {reportingCount} received; " +
            $"messages parked in _error queues: {(parked.Count == 0 ? "none" : string.Join(", ", parked.Select(p => $"{p.Key} {p.Value}")))}");

        Assert.Equal(0, load.Abandoned);
        Assert.Equal(load.Submitted, load.Receipts.Count);
        Assert.Equal(load.Receipts.Count, receiptsFound);
        Assert.Equal(0, duplicatedIds);
        Assert.Equal(load.Receipts.Count, stored);
        Assert.Equal(stored, reportingCount);
        Assert.All(parked.Values, count => Assert.Equal(0, count));
    }

    /// <summary>
    /// Kills -9 processes drawn at random at random moments of the load's first 80% (seed printed) and tells no one: the
    /// supervisor has to notice and start them again, as it would after a kill from outside the drill.
    /// </summary>
    private async Task UnannouncedFaultsAsync(DrillPlatform platform, DrillSettings settings, Stopwatch clock)
    {
        if (settings.ExtraFaults == 0)
        {
            return;
        }

        var seed = settings.Seed ?? Random.Shared.Next();
        var random = new Random(seed + 1);
        var plan = Enumerable.Range(0, settings.ExtraFaults)
            .Select(_ => (At: settings.Duration * (0.8 * random.NextDouble()), Target: platform.Processes[random.Next(platform.Processes.Count)]))
            .OrderBy(f => f.At)
            .ToList();
        Say($"{settings.ExtraFaults} unannounced faults planned (seed {seed})");
        foreach (var (at, target) in plan)
        {
            if (at > clock.Elapsed)
            {
                await Task.Delay(at - clock.Elapsed);
            }

            await DrillPlatform.StrikeAsync(target, async () =>
            {
                var pid = target.Pid;
                await target.KillAsync();
                Say($"{clock.Elapsed.TotalSeconds,6:0.0} s  unannounced: kill -9 {target.Name} (pid {pid?.ToString() ?? "none: already down"})");
            });
        }
    }

    /// <summary>Reporting's province count once it stops moving and matches intake, or what it is at the deadline.</summary>
    private static async Task<long> SettledCountAsync(DrillPlatform platform, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = platform.Gateway.Address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", platform.Tokens.Issue("Admin", "38", "drill-admin"));
        var deadline = Stopwatch.StartNew();
        long count = -1;
        while (deadline.Elapsed < timeout)
        {
            var (stored, _, _) = await IntakeCountsAsync(platform, []);
            try
            {
                var progress = await http.GetFromJsonAsync<JsonElement>("/api/reports/progress?unitCode=38");
                count = progress.GetProperty("received").GetInt64();
            }
            catch (HttpRequestException)
            {
            }

            if (count == stored)
            {
                // Held for a moment: a late duplicate would show as a count above intake's.
                await Task.Delay(3000);
                var again = await http.GetFromJsonAsync<JsonElement>("/api/reports/progress?unitCode=38");
                return again.GetProperty("received").GetInt64();
            }

            await Task.Delay(500);
        }

        return count;
    }

    private static async Task<(long Stored, long DuplicatedIds, long ReceiptsFound)> IntakeCountsAsync(DrillPlatform platform, Guid[] receipts)
    {
        await using var connection = new NpgsqlConnection(Probes.PostgresConnectionString(platform.PostgresPort, "intakedb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM "Applications"),
                   (SELECT count(*) FROM (SELECT "PersonalId" FROM "Applications" GROUP BY "PersonalId" HAVING count(*) > 1) d),
                   (SELECT count(*) FROM "Applications" WHERE "Id" = ANY(@receipts))
            """, connection);
        command.Parameters.AddWithValue("receipts", receipts);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static string Describe(IReadOnlyDictionary<string, int> failures) =>
        failures.Count == 0 ? "none" : string.Join(", ", failures.OrderBy(f => f.Key).Select(f => $"{f.Key} x{f.Value}"));

    private void Say(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
