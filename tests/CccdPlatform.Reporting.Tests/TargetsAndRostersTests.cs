using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Authentication;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class TargetsAndRostersTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    private static readonly UnitPath BenSung = new("38", "403", "16228");
    private static readonly UnitPath CanKhe = new("38", "403", "16231");

    [Fact]
    public async Task RostersGiveTheEligiblePopulationAndTheLatestRosterOfACommuneReplacesItsFigure()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var now = DateTimeOffset.UtcNow;
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(Roster(BenSung, 1000, now.AddHours(-3)));
        await intake.PublishAsync(Roster(CanKhe, 500, now.AddHours(-3)));
        await intake.PublishAsync(Roster(BenSung, 1200, now.AddHours(-1)));
        await settled.WaitAsync(3);
        settled = await reports.BeginAsync();
        await intake.PublishAsync(Roster(CanKhe, 9999, now.AddHours(-4))); // older than the one held: ignored
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await intake.PublishAsync(Received(BenSung));
        }

        await settled.WaitAsync(4);

        var commune = await reports.ProgressAsync("16228");
        Assert.Equal(1200, commune.Eligible);
        Assert.Equal(EligibleSource.Roster, commune.EligibleSource);
        Assert.Equal(3, commune.Covered);
        Assert.Equal(0.25, commune.Coverage);
        Assert.Equal(1197, commune.Remaining);
        Assert.Equal(500, (await reports.ProgressAsync("16231")).Eligible);
        var district = await reports.ProgressAsync("403");
        Assert.Equal(1700, district.RosterEligible);
        Assert.Equal(1700, district.Eligible);
        Assert.Equal(1697, district.Remaining);
    }

    [Fact]
    public async Task ATargetSetByOperationsIsWhatCoverageIsMeasuredAgainstUntilItIsRemoved()
    {
        var operations = reporting.Reports(Roles.Operations, "38");
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var settled = await operations.BeginAsync();
        foreach (var _ in Enumerable.Range(0, 5))
        {
            await intake.PublishAsync(Received(new UnitPath("38", "405", null)));
        }

        await settled.WaitAsync(5);

        var set = await operations.Http.PutAsJsonAsync("/api/reports/targets/405", new SetTarget(20));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var progress = await operations.ProgressAsync("405");
        Assert.Equal(20, progress.Eligible);
        Assert.Equal(EligibleSource.Target, progress.EligibleSource);
        Assert.Equal(25.0, progress.Coverage);
        Assert.Equal(15, progress.Remaining);
        Assert.Equal(20, (await operations.Http.GetFromJsonAsync<TargetView>("/api/reports/targets/405", ReportsClient.Json))!.Eligible);

        Assert.Equal(HttpStatusCode.NoContent, (await operations.Http.DeleteAsync("/api/reports/targets/405")).StatusCode);
        var without = await operations.ProgressAsync("405");
        Assert.Null(without.Eligible);
        Assert.Null(without.Coverage);
    }

    [Fact]
    public async Task TheForecastDividesWhatRemainsByTheMeanOfTheLastSevenFullDays()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var unit = new UnitPath("38", "398", "15772");
        var today = VietnamTime.DateOf(DateTimeOffset.UtcNow);
        var settled = await reports.BeginAsync();
        var published = 0;
        for (var daysAgo = 1; daysAgo <= 7; daysAgo++)
        {
            for (var i = 0; i < 2; i++, published++)
            {
                await intake.PublishAsync(Received(unit, collectedAt: VietnamTime.StartOf(today.AddDays(-daysAgo)).AddHours(9)));
            }
        }

        // Eight days ago and today: counted as covered, but not in the rate.
        await intake.PublishAsync(Received(unit, collectedAt: VietnamTime.StartOf(today.AddDays(-8)).AddHours(9)));
        await intake.PublishAsync(Received(unit, collectedAt: VietnamTime.StartOf(today).AddMinutes(1)));
        published += 2;
        await settled.WaitAsync(published);
        await reports.Http.PutAsJsonAsync("/api/reports/targets/15772", new SetTarget(100));

        var progress = await reports.ProgressAsync("15772");
        Assert.Equal(16, progress.Covered);
        Assert.Equal(84, progress.Remaining);
        Assert.Equal(2.0, progress.Forecast.DailyRate);
        Assert.Equal(progress.Today.AddDays(42), progress.Forecast.Date);
    }

    [Fact]
    public async Task WithNothingCollectedInTheLastWeekThereIsNoForecastDate()
    {
        var reports = reporting.Reports();
        await reports.Http.PutAsJsonAsync("/api/reports/targets/399", new SetTarget(1000));

        var progress = await reports.ProgressAsync("399");
        Assert.Equal(1000, progress.Remaining);
        Assert.Equal(0, progress.Forecast.DailyRate);
        Assert.Null(progress.Forecast.Date);
    }

    [Fact]
    public async Task OnlyOperationsAndAdministratorsSetTargetsAndOnlyWithinTheirUnit()
    {
        var supervisor = await reporting.Reports(Roles.Supervisor, "38").Http.PutAsJsonAsync("/api/reports/targets/38", new SetTarget(10));
        var otherProvince = await reporting.Reports(Roles.Operations, "01").Http.PutAsJsonAsync("/api/reports/targets/38", new SetTarget(10));
        var negative = await reporting.Reports(Roles.Operations, "38").Http.PutAsJsonAsync("/api/reports/targets/38", new SetTarget(-1));

        Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherProvince.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
    }
}
