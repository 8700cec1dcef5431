using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.ServiceDefaults.Authentication;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class UnitScopeTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    [Theory]
    [InlineData("390", HttpStatusCode.OK)]
    [InlineData("15127", HttpStatusCode.OK)]
    [InlineData("38", HttpStatusCode.Forbidden)]
    [InlineData("380", HttpStatusCode.Forbidden)]
    [InlineData("14755", HttpStatusCode.Forbidden)]
    [InlineData("01", HttpStatusCode.Forbidden)]
    public async Task ADistrictOfficerSeesTheirDistrictAndItsCommunesOnly(string unitCode, HttpStatusCode expected)
    {
        var supervisor = reporting.Reports(Roles.Supervisor, "390").Http;
        foreach (var route in new[] { "progress", "daily", "teams", "units" })
        {
            var response = await supervisor.GetAsync($"/api/reports/{route}?unitCode={unitCode}");
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task AProvinceCommanderSeesEveryDistrictOfTheProvinceButNoOtherProvince()
    {
        var commander = reporting.Reports(Roles.Operations, "38").Http;
        Assert.Equal(HttpStatusCode.OK, (await commander.GetAsync("/api/reports/progress?unitCode=403")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commander.GetAsync("/api/reports/progress?unitCode=01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reporting.Reports(Roles.Admin, "01").Http.GetAsync("/api/reports/progress?unitCode=38")).StatusCode);
    }

    [Fact]
    public async Task AUnitNeverHeardOfReportsZerosUntilAnEventPlacesItInAProvince()
    {
        var officer = reporting.Reports(Roles.Supervisor, "38");
        var unknown = await officer.ProgressAsync("998");
        Assert.Equal(0, unknown.Received);

        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var settled = await officer.BeginAsync();
        await intake.PublishAsync(Received(new UnitPath("91", "998", null)));
        await settled.WaitAsync(1);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Http.GetAsync("/api/reports/progress?unitCode=998")).StatusCode);
        Assert.Equal(1, (await reporting.Reports(Roles.Supervisor, "91").ProgressAsync("998")).Received);
    }

    [Fact]
    public async Task ACampaignWindowIsOnlyShownToThoseWhoCoverItsUnit()
    {
        var created = await reporting.Reports(Roles.Operations, "38").Http.PostAsJsonAsync("/api/reports/campaigns",
            new CreateCampaign("Mobile week in Sam Son", "382", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 3)));
        var campaign = (await created.Content.ReadFromJsonAsync<CampaignView>(ReportsClient.Json))!;
        var otherDistrict = reporting.Reports(Roles.Supervisor, "390").Http;

        Assert.Equal(HttpStatusCode.Forbidden, (await otherDistrict.GetAsync($"/api/reports/campaigns/{campaign.Id}/summary")).StatusCode);
        Assert.DoesNotContain((await otherDistrict.GetFromJsonAsync<List<CampaignView>>("/api/reports/campaigns", ReportsClient.Json))!, c => c.Id == campaign.Id);
        Assert.Equal(HttpStatusCode.OK, (await reporting.Reports(Roles.StationOfficer, "382").Http.GetAsync($"/api/reports/campaigns/{campaign.Id}/summary")).StatusCode);
    }

    [Fact]
    public async Task TheDashboardPageIsServedWithoutATokenButItsDataIsNot()
    {
        var anonymous = reporting.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var withoutSlash = await anonymous.GetAsync("/api/reports/dashboard");
        var page = await anonymous.GetAsync("/api/reports/dashboard/");
        var script = await anonymous.GetAsync("/api/reports/dashboard/dashboard.js");

        Assert.Equal(HttpStatusCode.OK, withoutSlash.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reports/units?unitCode=38")).StatusCode);
    }
}
