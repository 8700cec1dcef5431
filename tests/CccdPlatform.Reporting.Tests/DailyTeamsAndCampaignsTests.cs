using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Authentication;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class DailyTeamsAndCampaignsTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    private static readonly DateOnly Today = VietnamTime.DateOf(DateTimeOffset.UtcNow);

    [Fact]
    public async Task DaysAreVietnameseCalendarDaysStartingAtSeventeenHundredUtc()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var day = Today.AddDays(-10);
        var midnight = VietnamTime.StartOf(day.AddDays(1)); // 17:00 UTC on `day`
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(Received(new UnitPath("52", null, null), collectedAt: midnight.AddSeconds(-1)));
        await intake.PublishAsync(Received(new UnitPath("52", null, null), "Mobile", "Home", collectedAt: midnight));
        await intake.PublishAsync(Received(new UnitPath("52", null, null), "Mobile", "Home", collectedAt: midnight.AddHours(23)));
        await settled.WaitAsync(3);

        var daily = await reports.DailyAsync("52", day.AddDays(-1), day.AddDays(2));
        Assert.Equal([0L, 1, 2, 0], daily.Days.Select(d => d.Received));
        Assert.Equal([day.AddDays(-1), day, day.AddDays(1), day.AddDays(2)], daily.Days.Select(d => d.Day));
        Assert.Equal(2, daily.Days[2].ByChannel["Mobile"]);
        Assert.Equal(2, daily.Days[2].ByVisitType["Home"]);
        Assert.Equal(1, daily.Days[1].ByChannel["Station"]);
    }

    [Fact]
    public async Task TheTeamReportCountsRecordsPerTeamAndPerReceptionMachineForTheDay()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var day = Today.AddDays(-2);
        var at = VietnamTime.StartOf(day).AddHours(8);
        var commune = new UnitPath("38", "398", "15775");
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(Received(commune, "Mobile", "Home", team: "TEAM-398-01", machine: "KIT-01", collectedAt: at));
        await intake.PublishAsync(Received(commune, "Mobile", "Home", team: "TEAM-398-01", machine: "KIT-01", collectedAt: at.AddHours(1)));
        await intake.PublishAsync(Received(commune, "Mobile", "Home", team: "TEAM-398-01", machine: "KIT-02", collectedAt: at.AddHours(2)));
        await intake.PublishAsync(Received(commune, "Mobile", "Hospital", team: "TEAM-398-02", machine: "KIT-02", collectedAt: at.AddHours(3)));
        await intake.PublishAsync(Received(commune, "Mobile", "Home", team: "TEAM-398-02", machine: "KIT-02", collectedAt: at.AddDays(1)));
        await settled.WaitAsync(5);

        var report = await reports.TeamsAsync("398", day);
        Assert.Equal(["TEAM-398-01", "TEAM-398-02"], report.Teams.Select(t => t.Code));
        Assert.Equal([3L, 1], report.Teams.Select(t => t.Records));
        Assert.Equal(day, report.Teams[0].Days.Single().Day);
        Assert.Equal(["KIT-01", "KIT-02"], report.Machines.Select(m => m.Code));
        Assert.Equal([2L, 2], report.Machines.Select(m => m.Records));
        var nextDay = await reports.TeamsAsync("15775", day.AddDays(1));
        Assert.Equal(("TEAM-398-02", 1L), (nextDay.Teams.Single().Code, nextDay.Teams.Single().Records));
        Assert.Equal(("KIT-02", 1L), (nextDay.Machines.Single().Code, nextDay.Machines.Single().Records));
    }

    [Fact]
    public async Task ACampaignWindowReportsWhatWasCollectedOnItsDays()
    {
        var operations = reporting.Reports(Roles.Operations, "38");
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var first = Today.AddDays(-5);
        var commune = new UnitPath("38", "390", "15139");
        var settled = await operations.BeginAsync();
        for (var offset = -1; offset <= 3; offset++)
        {
            var at = VietnamTime.StartOf(first.AddDays(offset)).AddHours(10);
            await intake.PublishAsync(Received(commune, "Mobile", "Home", team: "TEAM-390-03", machine: "KIT-03", collectedAt: at));
        }

        await intake.PublishAsync(Received(commune, collectedAt: VietnamTime.StartOf(first).AddHours(7)));
        await settled.WaitAsync(6);

        var created = await operations.Http.PostAsJsonAsync("/api/reports/campaigns",
            new CreateCampaign("Nghỉ lễ 2/9", "390", first, first.AddDays(2)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaign = (await created.Content.ReadFromJsonAsync<CampaignView>(ReportsClient.Json))!;
        Assert.Equal($"/api/reports/campaigns/{campaign.Id}", created.Headers.Location!.OriginalString);

        var summary = (await operations.Http.GetFromJsonAsync<CampaignSummaryView>($"/api/reports/campaigns/{campaign.Id}/summary", ReportsClient.Json))!;
        Assert.Equal(4, summary.Received);
        Assert.Equal(3, summary.ByChannel["Mobile"]);
        Assert.Equal(1, summary.ByChannel["Station"]);
        Assert.Equal([2L, 1, 1], summary.Days.Select(d => d.Received));
        Assert.Equal(3, summary.Teams.Single(t => t.Code == "TEAM-390-03").Records);
        Assert.Equal(3, summary.Machines.Single().Records);

        var listed = await operations.Http.GetFromJsonAsync<List<CampaignView>>("/api/reports/campaigns?unitCode=38", ReportsClient.Json);
        Assert.Contains(listed!, c => c.Id == campaign.Id && c.Name == "Nghỉ lễ 2/9");
    }

    [Fact]
    public async Task ACampaignWindowMustEndOnOrAfterItsFirstDayAndOnlyOperationsDefineOne()
    {
        var backwards = await reporting.Reports(Roles.Operations, "38").Http.PostAsJsonAsync("/api/reports/campaigns",
            new CreateCampaign("Tết", "38", Today, Today.AddDays(-1)));
        var byAnOfficer = await reporting.Reports(Roles.StationOfficer, "38").Http.PostAsJsonAsync("/api/reports/campaigns",
            new CreateCampaign("Tết", "38", Today, Today));

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAnOfficer.StatusCode);
    }
}
