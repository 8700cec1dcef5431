using System.Net;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Hosting;

namespace CccdPlatform.Gateway.Tests;

public class ForwardingTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task AnAuthenticatedCallReachesItsServiceWithPathTokenAndCorrelationId()
    {
        await using var intake = await StubBackend.StartAsync();
        await using var routed = gateway.WithWebHostBuilder(builder =>
            builder.UseSetting("Services:intake:http:0", intake.Address));
        var token = gateway.Tokens.Issue(Roles.StationOfficer, "38");
        var client = routed.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "intake-call-1");

        var response = await client.GetAsync("/api/intake/applications?page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("from the service", await response.Content.ReadAsStringAsync());
        var forwarded = Assert.Single(intake.Requests);
        Assert.Equal("/api/intake/applications?page=2", forwarded.PathAndQuery);
        Assert.Equal($"Bearer {token}", forwarded.Authorization);
        Assert.Equal("intake-call-1", forwarded.CorrelationId);
        Assert.Equal("intake-call-1", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }
}
