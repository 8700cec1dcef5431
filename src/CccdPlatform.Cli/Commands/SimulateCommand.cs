using System.Text.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary><c>cccd simulate</c>: a campaign of many stations and mobile teams at once, with a live display and a summary.</summary>
public sealed class SimulateCommand : AsyncCommand<SimulateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        var options = new SimulationOptions
        {
            Stations = settings.Stations,
            MobileTeams = settings.MobileTeams,
            Count = settings.Count ?? (settings.DurationValue is null ? 1000 : null),
            Duration = settings.DurationValue,
            Rate = settings.Rate,
            Concurrency = settings.Concurrency,
            BiometricsShare = settings.Biometrics,
            EIdShare = settings.EId,
            EIdThroughApi = settings.EIdVia == "api",
            Seed = settings.Seed,
            Day = settings.Date,
            Province = settings.Province,
            ReceiptsPath = settings.Receipts,
        };
        using var client = new PlatformClient(PlatformClient.NewHandler(options.Slots + 8), new Uri(settings.Gateway),
            settings.Intake is null ? null : new Uri(settings.Intake), new RetryPolicy(settings.MaxAttempts));
        Func<Workplace, CancellationToken, Task<string>> tokens = settings.Token is { } token
            ? (_, _) => Task.FromResult(token)
            : (workplace, ct) => client.DevelopmentTokenAsync(new TokenRequest(workplace.Subject, workplace.Role, workplace.UnitCode), ct);
        var units = UnitList.On(settings.Date ?? CampaignDay.Today, settings.UnitsFile);
        var simulator = new Simulator(client, units, options, tokens);
        if (!settings.NoRegister && settings.Token is null)
        {
            simulator.Registry = await Clients.RegisterAsync(client, Workplace.Plan(units, options.Stations, options.MobileTeams, options.Province), cancellationToken, options.Province);
        }

        var amount = string.Join(", at most ", new[]
        {
            options.Count is { } n ? $"{n:N0} applications" : null,
            options.Duration is { } d ? $"{d.TotalSeconds:0} s" : null,
        }.OfType<string>());
        var pace = options.Rate > 0 ? $"{options.Rate:0.#}/s open loop" : "as fast as possible";
        AnsiConsole.MarkupLineInterpolated(
            $"Simulating {options.Stations} stations and {options.MobileTeams} mobile teams of province {options.Province} on {options.Day ?? CampaignDay.Today:yyyy-MM-dd} ({units.Map}) against [bold]{client.Target}[/]: {amount}, {pace}, {options.Slots} at once");
        var lag = settings.ReportingLag is { } unit
            ? new ReportingLag(client, "Bearer " + (settings.Token ?? await client.DevelopmentTokenAsync(
                new TokenRequest("cccd-reporting-lag", "Supervisor", unit), cancellationToken)), unit)
            : null;
        SimulationSummary summary;
        if (lag is null)
        {
            summary = await SimulationProgress.RunAsync(simulator, cancellationToken);
        }
        else
        {
            await lag.StartAsync(cancellationToken);
            simulator.Accepted = lag.Accepted;
            var run = SimulationProgress.RunAsync(simulator, cancellationToken);
            var followed = await lag.FollowAsync(run, cancellationToken);
            summary = await run with { ReportingLag = followed };
        }

        AnsiConsole.Write(SummaryTable.Of(summary));
        if (settings.Json is { } path)
        {
            await File.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(summary, CliJson.Default.SimulationSummary), cancellationToken);
        }

        return summary.Applications.Ok > 0 ? 0 : 1;
    }
}
