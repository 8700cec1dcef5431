using System.Net;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

public class ProgressTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    [Fact]
    public async Task AReceivedApplicationCountsInItsUnitAndEveryUnitAboveIt()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var before = await reports.ProgressAsync("45");
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(Received(new UnitPath("45", "464", "19405")));
        await intake.PublishAsync(Received(new UnitPath("45", "465", null)));
        await settled.WaitAsync(2);

        Assert.Equal(before.Received + 2, (await reports.ProgressAsync("45")).Received);
        Assert.Equal(1, (await reports.ProgressAsync("464")).Received);
        Assert.Equal(1, (await reports.ProgressAsync("19405")).Received);
        Assert.Equal(1, (await reports.ProgressAsync("465")).Received);
    }

    [Fact]
    public async Task ApplicationsAreCountedByChannelVisitTypeAndRequestKindAtEveryLevel()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var home = HamRongWard;
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(Received(home, "Mobile", "Home", "FirstIssue", team: "TEAM-390-01"));
        await intake.PublishAsync(Received(home, "Mobile", "Hospital", "Renewal", team: "TEAM-390-01"));
        await intake.PublishAsync(Received(new UnitPath("38", null, null), "Station", "Station", "Replacement"));
        await settled.WaitAsync(3);

        var commune = await reports.ProgressAsync("14758");
        Assert.Equal(2, commune.Received);
        Assert.Equal(2, commune.ByChannel["Mobile"]);
        Assert.Equal(0, commune.ByChannel["Station"]);
        Assert.Equal(1, commune.ByVisitType["Home"]);
        Assert.Equal(1, commune.ByVisitType["Hospital"]);
        Assert.Equal(1, commune.ByRequestKind["Renewal"]);
        Assert.Equal("Phường Hàm Rồng", commune.UnitName);
        Assert.Equal(UnitLevel.Commune, commune.Level);

        var province = await reports.ProgressAsync("38");
        Assert.Equal(3, province.Received);
        Assert.Equal(1, province.ByChannel["Station"]);
        Assert.Equal(2, province.ByChannel["Mobile"]);
        Assert.Equal(1, province.ByRequestKind["Replacement"]);
        Assert.Equal(3, province.ByStatus["Received"]);
        Assert.Equal(3, province.Biometrics.Awaiting);
    }

    [Fact]
    public async Task CrossProvinceApplicationsCountForTheCollectingProvinceAndAsReceivedElsewhereForTheHomeProvince()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var settled = await reports.BeginAsync();

        // A Thanh Hoa citizen working in Ha Noi, and a Nghe An citizen collected in Thanh Hoa.
        await intake.PublishAsync(Received(new UnitPath("01", "001", null), permanentProvince: "37"));
        await intake.PublishAsync(Received(new UnitPath("37", "370", null), permanentProvince: "40"));
        await settled.WaitAsync(2);

        var collecting = await reports.ProgressAsync("01");
        Assert.Equal(1, collecting.Received);
        Assert.Equal(1, collecting.CrossProvince.CollectedForOtherProvinces);
        Assert.Equal(0, collecting.Covered);

        var home = await reports.ProgressAsync("37");
        Assert.Equal(1, home.CrossProvince.ReceivedElsewhere);
        Assert.Equal(1, home.CrossProvince.CollectedForOtherProvinces);
        Assert.Equal(1, home.Covered);
        Assert.Equal(1, (await reports.ProgressAsync("40")).CrossProvince.ReceivedElsewhere);
    }

    [Fact]
    public async Task ARedeliveredEventIsCountedOnce()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var application = Received(new UnitPath("46", "474", null));
        var messageId = Guid.NewGuid();
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(application, messageId);
        await intake.PublishAsync(application, messageId);
        await intake.PublishAsync(Received(new UnitPath("46", "475", null)));
        await settled.WaitAsync(2);
        await Task.Delay(300);

        Assert.Equal(1, (await reports.ProgressAsync("474")).Received);
        Assert.Equal(2, (await reports.ProgressAsync("46")).Received);
        Assert.Equal(settled.StoredBefore + 2, (await reports.StatusAsync()).StoredEvents);
    }

    [Fact]
    public async Task TheSameApplicationRepublishedUnderANewMessageIdIsStillCountedOnce()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var application = Received(new UnitPath("48", "490", null));
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(application);
        await intake.PublishAsync(application);
        await settled.WaitAsync(2);

        Assert.Equal(1, (await reports.ProgressAsync("48")).Received);
    }

    [Fact]
    public async Task AMalformedEventIsKeptButDoesNotHoldBackTheEventsAfterIt()
    {
        var reports = reporting.Reports();
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(Received(new UnitPath("5X", "5001", null)));
        await intake.PublishAsync(Received(new UnitPath("51", "511", null)));
        await settled.WaitAsync(2);

        Assert.Equal(1, (await reports.ProgressAsync("51")).Received);
        Assert.Equal(settled.StoredBefore + 2, (await reports.StatusAsync()).StoredEvents);
    }

    [Fact]
    public async Task AUnitWithNothingCollectedReportsZero()
    {
        var progress = await reporting.Reports().ProgressAsync("96");

        Assert.Equal("96", progress.UnitCode);
        Assert.Equal(0, progress.Received);
        Assert.Equal(0, progress.Covered);
        Assert.Null(progress.Eligible);
        Assert.Null(progress.Coverage);
        Assert.Null(progress.Forecast.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("3800")]
    [InlineData("ab")]
    public async Task AMalformedUnitCodeIsRefusedWithProblemDetails(string unitCode)
    {
        var response = await reporting.Reports().Http.GetAsync($"/api/reports/progress?unitCode={unitCode}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithoutATokenProgressIsNotShown()
    {
        var response = await reporting.CreateClient().GetAsync("/api/reports/progress?unitCode=38");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnIntegratorCannotReadReports()
    {
        var response = await reporting.Reports(Roles.Integrator).Http.GetAsync("/api/reports/progress?unitCode=38");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
