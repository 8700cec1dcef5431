using System.Net;
using System.Net.Http.Json;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Gateway.Tests;

public class ProductionGatewayTests(ProductionGatewayFactory gateway) : IClassFixture<ProductionGatewayFactory>
{
    [Fact]
    public async Task TheDevelopmentTokenRouteDoesNotExistInProduction()
    {
        var client = gateway.CreateClient();
        // With a valid token: the fallback policy answers 401 to anonymous callers on any path, known or not.
        client.DefaultRequestHeaders.Authorization = gateway.Tokens.Bearer(Roles.Admin, "38");

        var response = await client.PostAsJsonAsync(
            "/dev/token", new { subject = "officer-7", role = Roles.Admin, unitCode = "38" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ServiceApisStillRequireATokenInProduction()
    {
        var response = await gateway.CreateClient().GetAsync("/api/intake/applications");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
