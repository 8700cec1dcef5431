using System.Net;
using System.Net.Http.Headers;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Gateway.Tests;

/// <summary>The gateway turns away unauthenticated API calls itself: no backend runs in these tests.</summary>
public class AuthenticationTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private const string Applications = "/api/intake/applications";

    private Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        var client = gateway.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client.GetAsync(path);
    }

    private string IssueWith(Action<TokenOptions> change, TimeProvider? clock = null)
    {
        var own = gateway.Tokens.Options;
        var options = new TokenOptions { SigningKey = own.SigningKey, Issuer = own.Issuer, Audience = own.Audience };
        change(options);
        return new DevelopmentTokenIssuer(Options.Create(options), clock ?? TimeProvider.System)
            .Issue("officer-1", Roles.StationOfficer, "38");
    }

    [Theory]
    [InlineData(Applications)]
    [InlineData("/api/biometrics/captures")]
    [InlineData("/api/eid/accounts")]
    [InlineData("/api/reports/progress/38")]
    public async Task AnApiCallWithoutATokenIsRejectedWith401(string path)
    {
        var response = await GetAsync(path, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsRejected()
    {
        var forged = new TestTokens().Issue(Roles.Admin, "38");

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(Applications, forged)).StatusCode);
    }

    [Fact]
    public async Task AnExpiredTokenIsRejected()
    {
        var expired = IssueWith(
            options => options.DevelopmentTokenLifetime = TimeSpan.FromMinutes(10),
            new FixedClock(DateTimeOffset.UtcNow.AddHours(-1)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(Applications, expired)).StatusCode);
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIsRejected()
    {
        var elsewhere = IssueWith(options => options.Audience = "another-platform");

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(Applications, elsewhere)).StatusCode);
    }

    [Fact]
    public async Task ATokenFromAnotherIssuerIsRejected()
    {
        var elsewhere = IssueWith(options => options.Issuer = "someone-else");

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(Applications, elsewhere)).StatusCode);
    }

    [Fact]
    public async Task AValidTokenIsLetThroughToTheUnreachableServiceBehind()
    {
        var response = await GetAsync(Applications, gateway.Tokens.Issue(Roles.StationOfficer, "38"));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable });
    }

    [Theory]
    [InlineData("/openapi/intake.json")]
    [InlineData("/openapi/reports.json")]
    public async Task TheServicesOpenApiDocumentsAreProxiedWithoutAToken(string path)
    {
        var response = await GetAsync(path, token: null);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable });
    }
}
