using System.Diagnostics;
using System.Text.Json;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Intake.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Cli.Tests;

[Collection(IntakeCollection.Name)]
public class SimulationAgainstIntakeTests(IntakeOnKestrel intake)
{
    private async Task<(int Applications, int Citizens)> StoredAsync(IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> personalIds)
    {
        using var scope = intake.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        return (await db.Applications.CountAsync(a => ids.Contains(a.Id)), await db.Applications.CountAsync(a => personalIds.Contains(a.PersonalId)));
    }

    private static async Task<List<(Guid Id, string PersonalId)>> ReceiptsAsync(string path) =>
        (await File.ReadAllLinesAsync(path)).Select(line => line.Split(',')).Select(f => (Guid.Parse(f[0]), f[1])).ToList();

    [Fact]
    public async Task ASimulatedCampaignIsAcceptedWholeByTheRealIntakeAndEachReceiptIsStoredOnce()
    {
        var receiptsPath = Path.GetTempFileName();
        using var client = new PlatformClient(PlatformClient.NewHandler(24), new Uri("http://127.0.0.1:9"), intake.Address);
        var simulator = new Simulator(client, UnitList.Embedded(),
            new SimulationOptions { Stations = 14, MobileTeams = 8, Count = 400, Concurrency = 16, EIdShare = 0.3, ReceiptsPath = receiptsPath },
            (workplace, _) => Task.FromResult(intake.Tokens.Issue(workplace.Role, workplace.UnitCode, workplace.Subject)));

        var summary = await simulator.RunAsync(CancellationToken.None);

        var applications = summary.Applications;
        Assert.True(applications.Failed.Count == 0, string.Join(", ", applications.Failed));
        Assert.Equal(400, applications.Ok);
        Assert.Equal(0, applications.GaveUp);
        var receipts = await ReceiptsAsync(receiptsPath);
        File.Delete(receiptsPath);
        Assert.Equal(400, receipts.Count);
        Assert.Equal(400, receipts.Select(r => r.PersonalId).Distinct().Count());
        Assert.Equal((400, 400), await StoredAsync(receipts.Select(r => r.Id).ToList(), receipts.Select(r => r.PersonalId).ToList()));
        Assert.Equal(400, applications.Latency.Count);
        Assert.True(applications.Latency.P50 <= applications.Latency.P99 && applications.Latency.P99 <= applications.Latency.Max);
    }

    [Fact]
    public async Task TheCommandLineSimulatesStraightToIntakeAndWritesReceiptsAndASummaryForScripts()
    {
        var receiptsPath = Path.GetTempFileName();
        var jsonPath = Path.GetTempFileName();
        var token = intake.Tokens.Issue("Supervisor", "38", "cli-test");
        var cli = Path.Combine(AppContext.BaseDirectory, "cccd.dll");
        var run = Process.Start(new ProcessStartInfo("dotnet",
        [
            cli, "simulate", "--intake", intake.Address.ToString(), "--token", token, "--stations", "5", "--mobile-teams", "3",
            "--count", "60", "--rate", "200", "--eid", "0.5", "--receipts", receiptsPath, "--json", jsonPath,
        ]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await run.StandardOutput.ReadToEndAsync();
        var errors = await run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();

        Assert.True(run.ExitCode == 0, output + errors);
        Assert.True(output.Contains("Application", StringComparison.Ordinal), output);
        var summary = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(jsonPath), Api.CliJson.Default.SimulationSummary)!;
        var receipts = await ReceiptsAsync(receiptsPath);
        File.Delete(receiptsPath);
        File.Delete(jsonPath);
        Assert.Equal(60, summary.Applications.Ok);
        Assert.Equal(200, summary.TargetRate);
        Assert.StartsWith("intake ", summary.Target);
        Assert.Equal(60, receipts.Count);
        Assert.Equal((60, 60), await StoredAsync(receipts.Select(r => r.Id).ToList(), receipts.Select(r => r.PersonalId).ToList()));
    }
}
