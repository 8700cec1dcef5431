using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>The platform starts once for the collection and every step runs against it.</summary>
[Collection(PlatformCollection.Name)]
public class ThroughTheGatewayTests(PlatformFixture platform)
{
    private const string Machine = "E2E-GATEWAY-380";

    private static readonly object Application = NewApplication("038095001234", Machine);

    private static object NewApplication(string personalId, string machineId) => new
    {
        personalId,
        fullName = "Nguyễn Văn An",
        dateOfBirth = "1995-04-12",
        sex = "Male",
        permanentAddress = new { provinceCode = "38", communeCode = "14797", line = "12 Lê Lợi" },
        collectingUnitCode = "14797",
        channel = "Station",
        machineId,
    };

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, AuthenticationHeaderValue? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = token;
        return await platform.Gateway.SendAsync(request);
    }

    private async Task<long> ReceivedInAsync(string unitCode, AuthenticationHeaderValue token)
    {
        var response = await SendAsync(HttpMethod.Get, $"/api/reports/progress?unitCode={unitCode}", token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("received").GetInt64();
    }

    [Fact]
    public async Task AnApplicationPostedThroughTheGatewayIsSavedAndCountedInReporting()
    {
        var officer = await platform.DevTokenAsync("StationOfficer");
        var before = await ReceivedInAsync("38", officer);
        var beforeInDistrict = await ReceivedInAsync("14797", officer);

        await Registration.StationMachineAsync(platform.Gateway, Machine, "14797");
        var created = await Registration.OnceKnownAsync(() => SendAsync(HttpMethod.Post, "/api/intake/applications", officer, Application));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.Contains("X-Correlation-Id"));
        var receipt = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Received", receipt.GetProperty("status").GetString());

        var read = await SendAsync(HttpMethod.Get, created.Headers.Location!.OriginalString, officer);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("038095001234", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personalId").GetString());

        var clock = Stopwatch.StartNew();
        while (await ReceivedInAsync("38", officer) != before + 1)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "Reporting never counted the application.");
            await Task.Delay(50);
        }

        Assert.Equal(beforeInDistrict + 1, await ReceivedInAsync("14797", officer));
    }

    [Fact]
    public async Task AMachineRefusedAsUnknownIsAcceptedOnceAnAdminRegistersIt()
    {
        var officer = await platform.DevTokenAsync("StationOfficer", "14797");
        const string machine = "E2E-LATE-380";
        var application = NewApplication("038095" + Random.Shared.Next(0, 1_000_000).ToString("D6"), machine);

        var refused = await SendAsync(HttpMethod.Post, "/api/intake/applications", officer, application);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Unknown machine.", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        await Registration.StationMachineAsync(platform.Gateway, machine, "14797");
        var accepted = await Registration.OnceKnownAsync(() => SendAsync(HttpMethod.Post, "/api/intake/applications", officer, application));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task InvalidInputGetsProblemDetailsThroughTheGateway()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/intake/applications", await platform.DevTokenAsync("StationOfficer"),
            new { personalId = "12" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("personalId", out _));
    }

    [Theory]
    [InlineData("/api/intake/applications")]
    [InlineData("/api/reports/progress?unitCode=38")]
    [InlineData("/api/biometrics/anything")]
    [InlineData("/api/eid/anything")]
    [InlineData("/api/integrations/subscriptions")]
    public async Task EveryApiRouteNeedsAToken(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ARoleThatMayNotSubmitIsForbidden()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/intake/applications", await platform.DevTokenAsync("Integrator"), Application);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("intake")]
    [InlineData("biometrics")]
    [InlineData("eid")]
    [InlineData("reports")]
    [InlineData("integrations")]
    public async Task EachServicesOpenApiDocumentIsReachableThroughTheGateway(string service)
    {
        var document = await platform.Gateway.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json");
        Assert.True(document.TryGetProperty("openapi", out _));
    }

    [Fact]
    public async Task TheApiReferenceIsServedByTheGateway()
    {
        var response = await platform.Gateway.GetAsync("/docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
