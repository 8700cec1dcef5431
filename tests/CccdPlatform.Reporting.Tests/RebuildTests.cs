using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class RebuildTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task RebuildingTheProjectionsFromTheStoredEventsGivesTheSameFigures()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var now = DateTimeOffset.UtcNow;
        var settled = await reports.BeginAsync();
        var count = await SeedAsync(intake, now);
        await settled.WaitAsync(count);
        var before = await SnapshotAsync(reports, VietnamTime.DateOf(now));

        var response = await reports.Http.PostAsync("/api/reports/rebuild", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var rebuild = await response.Content.ReadFromJsonAsync<RebuildView>(ReportsClient.Json);
        Assert.Equal(count, rebuild!.QueuedEvents);
        await Eventually.HoldsAsync(async () => (await reports.StatusAsync()) is { PendingEvents: 0, ProjectedEvents: var projected } && projected == count);

        Assert.Equal(before, await SnapshotAsync(reports, VietnamTime.DateOf(now)));
        Assert.NotNull((await reports.StatusAsync()).RebuiltAt);
    }

    [Fact]
    public async Task OnlyAnAdministratorMayRebuild()
    {
        var response = await reporting.Reports(Roles.Operations, "38").Http.PostAsync("/api/reports/rebuild", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A bit of everything: levels, dimensions, teams, cross-province, statuses out of order, rosters.</summary>
    private static async Task<int> SeedAsync(EventPublisher intake, DateTimeOffset now)
    {
        var commune = CamThuyCommune;
        var first = Received(commune, "Mobile", "Home", team: "TEAM-390-01", machine: "KIT-0001", collectedAt: now.AddDays(-1));
        var second = Received(commune, "Mobile", "Hospital", team: "TEAM-390-02", machine: "KIT-0002", collectedAt: now);
        var third = Received(new UnitPath("38", "380", "14755"), collectedAt: now.AddDays(-3));
        var away = Received(new UnitPath("01", "001", null), permanentProvince: "38", collectedAt: now);
        object[] events =
        [
            StatusChanged(first, "Received", "BiometricsAccepted", now.AddMinutes(1)),
            first, second, third, away,
            StatusChanged(third, "BiometricsAccepted", "Approved", now.AddMinutes(9)),
            StatusChanged(third, "Received", "BiometricsAccepted", now.AddMinutes(5)),
            StatusChanged(second, "Received", "Cancelled", now.AddMinutes(2)),
            Roster(commune, 1200, now.AddHours(-2)),
            Roster(new UnitPath("38", "380", "14755"), 5000, now.AddHours(-2)),
            Roster(commune, 1100, now.AddHours(-1)),
        ];
        foreach (var message in events)
        {
            await intake.PublishAsync(message);
        }

        return events.Length;
    }

    private static async Task<List<string>> SnapshotAsync(ReportsClient reports, DateOnly today)
    {
        var http = reports.Http;
        var routes = new List<string>();
        foreach (var unit in new[] { "38", "390", "15127", "380", "01" })
        {
            routes.Add($"/api/reports/progress?unitCode={unit}");
            routes.Add($"/api/reports/daily?unitCode={unit}&from={today.AddDays(-7):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
            routes.Add($"/api/reports/teams?unitCode={unit}&from={today.AddDays(-3):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
            routes.Add($"/api/reports/units?unitCode={unit}");
        }

        var answers = new List<string>();
        foreach (var route in routes)
        {
            answers.Add($"{route} {await http.GetStringAsync(route)}");
        }

        return answers;
    }
}
