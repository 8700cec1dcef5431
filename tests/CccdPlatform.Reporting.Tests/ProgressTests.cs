using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Reporting.Tests;

public class ProgressTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    private HttpClient Client(string role = Roles.Supervisor, string unitCode = "38")
    {
        var client = reporting.CreateClient();
        client.DefaultRequestHeaders.Authorization = reporting.Tokens.Bearer(role, unitCode);
        return client;
    }

    private Task<ProgressView?> ProgressOf(string unitCode) =>
        Client().GetFromJsonAsync<ProgressView>($"/api/reports/progress?unitCode={unitCode}");

    private static ApplicationReceived Received(UnitPath unit) => new(
        Guid.NewGuid(), "citizen-ref", unit.CommuneCode ?? unit.DistrictCode ?? unit.ProvinceCode, unit, unit.ProvinceCode,
        false, "Station", "Station", "FirstIssue", null, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

    private async Task<long> WaitForCount(string unitCode, long expected)
    {
        var progress = await Eventually.ReturnsAsync(async () =>
            await ProgressOf(unitCode) is { } p && p.Received == expected ? p : null);
        return progress.Received;
    }

    [Fact]
    public async Task AReceivedApplicationCountsInItsUnitAndEveryUnitAboveIt()
    {
        await using var intake = await BrokerProbe<ApplicationReceived>.StartAsync(reporting.MessagingConnectionString);
        var before = await ProgressOf("45");

        await intake.PublishAsync(Received(new UnitPath("45", "464", "19405")), Guid.NewGuid());
        await intake.PublishAsync(Received(new UnitPath("45", "465", null)), Guid.NewGuid());

        Assert.Equal(before!.Received + 2, await WaitForCount("45", before.Received + 2));
        Assert.Equal(1, (await ProgressOf("464"))!.Received);
        Assert.Equal(1, (await ProgressOf("19405"))!.Received);
        Assert.Equal(1, (await ProgressOf("465"))!.Received);
    }

    [Fact]
    public async Task ARedeliveredEventIsCountedOnce()
    {
        await using var intake = await BrokerProbe<ApplicationReceived>.StartAsync(reporting.MessagingConnectionString);
        var evt = Received(new UnitPath("46", "474", null));
        var messageId = Guid.NewGuid();

        await intake.PublishAsync(evt, messageId);
        await intake.PublishAsync(evt, messageId);
        await intake.PublishAsync(Received(new UnitPath("46", "475", null)), Guid.NewGuid());

        // Once the later, distinct event is counted, the duplicate has had every chance to be counted too.
        await WaitForCount("475", 1);
        await Task.Delay(500);
        Assert.Equal(1, (await ProgressOf("474"))!.Received);
        Assert.Equal(2, (await ProgressOf("46"))!.Received);
    }

    [Fact]
    public async Task AUnitWithNothingCollectedReportsZero()
    {
        var progress = await ProgressOf("96");
        Assert.Equal(new ProgressView("96", 0), progress);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("3800")]
    [InlineData("ab")]
    public async Task AMalformedUnitCodeIsRefusedWithProblemDetails(string unitCode)
    {
        var response = await Client().GetAsync($"/api/reports/progress?unitCode={unitCode}");
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
        var response = await Client(Roles.Integrator).GetAsync("/api/reports/progress?unitCode=38");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
