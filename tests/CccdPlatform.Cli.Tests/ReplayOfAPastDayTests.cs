using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Contracts;
using CccdPlatform.Intake.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Cli.Tests;

/// <summary>
/// Intake on the evening of 29 April 2023: intake takes collection times up to 90 days back, so a day that far back is
/// replayed against a platform whose clock stands at or after it (a rehearsal instance, these tests).
/// </summary>
public sealed class IntakeOn29April2023 : IntakeOnKestrel
{
    public static readonly DateOnly Day = new(2023, 4, 29);

    public IntakeOn29April2023() => Clock.Set(new DateTimeOffset(Day.ToDateTime(new TimeOnly(20, 0)), CampaignDay.Vietnam));
}

public class ReplayOfAPastDayTests(IntakeOn29April2023 intake) : IClassFixture<IntakeOn29April2023>
{
    [Fact]
    public async Task ASmallDayOfTheThanhHoaCampaignOf29April2023IsReplayedThroughTheRealIntakeInTheThreeTierMap()
    {
        var receiptsPath = Path.GetTempFileName();
        using var client = new PlatformClient(PlatformClient.NewHandler(8), new Uri("http://127.0.0.1:9"), intake.Address);
        var simulator = new Simulator(client, UnitList.On(IntakeOn29April2023.Day),
            new SimulationOptions { Stations = 6, MobileTeams = 3, Count = 60, EIdShare = 0.3, Day = IntakeOn29April2023.Day, ReceiptsPath = receiptsPath },
            (workplace, _) => Task.FromResult(intake.Tokens.Issue(workplace.Role, workplace.UnitCode, workplace.Subject)));

        var summary = await simulator.RunAsync(CancellationToken.None);

        Assert.True(summary.Applications.Failed.Count == 0, string.Join(", ", summary.Applications.Failed));
        Assert.Equal(60, summary.Applications.Ok);
        var ids = (await File.ReadAllLinesAsync(receiptsPath)).Select(line => Guid.Parse(line.Split(',')[0])).ToList();
        File.Delete(receiptsPath);
        using var scope = intake.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Applications.AsNoTracking()
            .Where(a => ids.Contains(a.Id)).ToListAsync();
        Assert.Equal(60, stored.Count);
        Assert.All(stored, application =>
        {
            Assert.Equal(UnitMap.ThreeTier2023, application.Map);
            Assert.Equal(IntakeOn29April2023.Day, application.CollectionDay);
            Assert.NotNull(application.PermanentAddress.DistrictCode);
            Assert.NotNull(application.CollectingUnit.DistrictCode);
        });
    }
}
