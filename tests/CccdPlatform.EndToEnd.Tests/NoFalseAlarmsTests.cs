using System.Net.Http.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>
/// What an ops lead sees on the dashboard after a normal working spell: stations and mobile teams at 60 applications a
/// second, a share captured and a share asking for eID accounts, the races between consumers that this brings (the
/// first events of an application arriving together, captures right after their application) — and no red line in
/// any service's log.
/// </summary>
public class NoFalseAlarmsTests(QuietPlatformFixture platform) : IClassFixture<QuietPlatformFixture>
{
    private static readonly TimeSpan Spell = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task ASimulatedCampaignWithBiometricsAndEIdLeavesNoErrorInAnyServiceLog()
    {
        var gateway = platform.Gateway.BaseAddress!;
        using var client = new PlatformClient(PlatformClient.NewHandler(32), gateway);
        var options = new SimulationOptions { Stations = 20, MobileTeams = 10, Duration = Spell, Rate = 60, BiometricsShare = 0.3, EIdShare = 0.3 };
        var units = UnitList.Embedded();
        var registry = await Registration.WorkplacesAsync(platform.Gateway, Workplace.Plan(units, options.Stations, options.MobileTeams));
        // As cccd simulate does: the first work waits while the services' copies learn of the registrations.
        var simulator = new Simulator(client, units, options, (workplace, cancellationToken) => TokenAsync(gateway, workplace, cancellationToken))
        {
            Registry = registry,
        };

        var summary = await simulator.RunAsync(CancellationToken.None);
        // The events of the last applications go round; their consumers log what they log meanwhile.
        await Task.Delay(TimeSpan.FromSeconds(10));

        // The services' lines arrive with their level's prefix, which is what tells an error line.
        Assert.True(platform.ServiceLogs.InformationLines > 0, $"No line read as Information; some lines:\n{string.Join('\n', platform.ServiceLogs.Lines.Skip(200).Take(20))}");
        Assert.True(platform.ServiceLogs.Errors.Count == 0,
            $"{platform.ServiceLogs.Errors.Count} error lines, the first:\n{string.Join('\n', platform.ServiceLogs.Errors.Take(10))}");
        // A load that really ran: an open loop falls behind schedule on a busy 2-core machine running the whole platform
        // and the tests, and a quarter of the rate still makes the races this is about.
        Assert.Empty(summary.Applications.Failed);
        Assert.True(summary.Applications.Ok > Spell.TotalSeconds * 60 / 4, $"Only {summary.Applications.Ok} applications were accepted.");
        Assert.True(summary.Operations.Single(o => o.Operation == nameof(Operation.Capture)).Ok > 0, "No capture went through.");
    }

    private static async Task<string> TokenAsync(Uri gateway, Workplace workplace, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        var response = await http.PostAsJsonAsync("/dev/token", new TokenRequest(workplace.Subject, workplace.Role, workplace.UnitCode),
            CliJson.Default.TokenRequest, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(CliJson.Default.TokenResponse, cancellationToken))!.AccessToken;
    }
}
