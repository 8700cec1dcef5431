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

    [Fact]
    public async Task TheDashboardPageIsForwardedWithoutATokenButItsDataIsNot()
    {
        var client = gateway.CreateClient();

        var page = await client.GetAsync("/api/reports/dashboard/");
        var data = await client.GetAsync("/api/reports/progress?unitCode=38");
        var write = await client.PostAsync("/api/reports/dashboard/", null);

        // No backend runs here: a forwarded request ends in 502/503, a refused one in 401.
        Assert.NotEqual(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, data.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }
}
