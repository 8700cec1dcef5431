using System.Net;

namespace CccdPlatform.Gateway.Tests;

public class DocsTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task TheApiReferenceAnswersWithoutAToken()
    {
        var response = await gateway.CreateClient().GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("CccdPlatform API", await response.Content.ReadAsStringAsync());
    }
}
