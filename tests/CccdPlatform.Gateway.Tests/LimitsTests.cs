using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CccdPlatform.Gateway.Tests;

public class LimitsTests(LimitedGatewayFactory gateway) : IClassFixture<LimitedGatewayFactory>
{
    private HttpClient Client(string subject, string? machine = null)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", gateway.Tokens.Issue("StationOfficer", "38", subject));
        if (machine is not null)
        {
            client.DefaultRequestHeaders.Add("X-Machine-Id", machine);
        }

        return client;
    }

    private static async Task<List<HttpStatusCode>> SendAsync(HttpClient client, int count)
    {
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            codes.Add((await client.GetAsync("/api/intake/applications")).StatusCode);
        }

        return codes;
    }

    [Fact]
    public async Task ACallerOverItsRateIsToldToRetryLater()
    {
        var client = Client($"flooder-{Guid.NewGuid()}");
        await SendAsync(client, LimitedGatewayFactory.Burst);

        var response = await client.GetAsync("/api/intake/applications");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OneCallersFloodDoesNotStopAnother()
    {
        await SendAsync(Client($"flooder-{Guid.NewGuid()}"), LimitedGatewayFactory.Burst + 2);

        var other = await Client($"quiet-{Guid.NewGuid()}").GetAsync("/api/intake/applications");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task AMachineIsLimitedWhoeverIsSignedInOnIt()
    {
        var machine = $"KIT-{Guid.NewGuid():N}"[..20];
        for (var i = 0; i < LimitedGatewayFactory.Burst; i++)
        {
            await Client($"officer-{Guid.NewGuid()}", machine).GetAsync("/api/intake/applications");
        }

        var response = await Client($"officer-{Guid.NewGuid()}", machine).GetAsync("/api/intake/applications");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task HealthProbesAreNeverLimited()
    {
        var client = gateway.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < LimitedGatewayFactory.Burst * 3; i++)
        {
            codes.Add((await client.GetAsync("/alive")).StatusCode);
        }

        Assert.All(codes, code => Assert.Equal(HttpStatusCode.OK, code));
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedAtTheDoor()
    {
        var response = await Client($"big-{Guid.NewGuid()}").PostAsync("/api/intake/applications",
            new StringContent(new string('x', 2000), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RoutesThatNeedLargeBodiesAcceptThem()
    {
        var response = await Client($"batch-{Guid.NewGuid()}").PostAsync("/api/intake/batches",
            new StringContent(new string('x', 2000), Encoding.UTF8, "application/json"));

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ResponsesCarrySecurityHeadersAndCitizenDataIsNotCached()
    {
        var response = await Client($"headers-{Guid.NewGuid()}").GetAsync("/api/intake/applications");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
