using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Contracts;
using CccdPlatform.TestSupport.Registry;

namespace CccdPlatform.Cli.Tests;

/// <summary>
/// The first work of workplaces cccd has just registered, against the real intake, whose copy of the registry learns
/// of them through RabbitMQ a while later.
/// </summary>
public sealed class RegistryCatchUpTests(RegistryEnforcingIntakeOnKestrel intake) : IClassFixture<RegistryEnforcingIntakeOnKestrel>
{
    private static async Task PublishAsync(RegistryPublisher registry, IEnumerable<Workplace> workplaces)
    {
        foreach (var workplace in workplaces)
        {
            var unit = UnitList.Embedded().PathOf(workplace.UnitCode)!;
            if (workplace.TeamCode is { } team)
            {
                await registry.TeamAsync(team, unit, team, workplace.Subject);
            }

            await registry.MachineAsync(workplace.MachineId, unit, workplace.MachineId, workplace.TeamCode);
        }
    }

    [Fact]
    public async Task ApplicationsOfJustRegisteredWorkplacesWaitUntilIntakesCopyHoldsThemAndAreAccepted()
    {
        await using var registry = await RegistryPublisher.StartAsync(intake.MessagingConnectionString, intake.Services);
        using var client = new PlatformClient(PlatformClient.NewHandler(4), new Uri("http://127.0.0.1:9"), intake.Address);
        var simulator = new Simulator(client, UnitList.Embedded(), new SimulationOptions { Stations = 2, MobileTeams = 1, Count = 6 },
            (workplace, _) => Task.FromResult(intake.Tokens.Issue(workplace.Role, workplace.UnitCode, workplace.Subject)))
        {
            Registry = new RegistryCatchUp(RegistryCatchUp.Patience),
        };

        // The registry's events reach intake only after the first applications were sent.
        var registering = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await PublishAsync(registry, Workplace.Plan(UnitList.Embedded(), 2, 1));
        });
        var applications = (await simulator.RunAsync(CancellationToken.None)).Applications;
        await registering;

        Assert.True(applications.Failed.Count == 0, string.Join(", ", applications.Failed));
        Assert.Equal(6, applications.Ok);
        Assert.True(applications.Waits >= 3, $"{applications.Waits} waits: the first applications were not refused as unknown.");
    }
}
