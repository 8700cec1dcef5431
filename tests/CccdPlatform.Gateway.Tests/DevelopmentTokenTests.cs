using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CccdPlatform.Gateway.Tests;

public class DevelopmentTokenTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private const string TokenPath = "/dev/token";

    private async Task<string> IssueAsync(string subject, string role, string unitCode)
    {
        var response = await gateway.CreateClient().PostAsJsonAsync(TokenPath, new { subject, role, unitCode });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    [Fact]
    public async Task ADevelopmentTokenCarriesSubjectRoleAndUnitAndIsSignedWithTheConfiguredKey()
    {
        var token = await IssueAsync("officer-7", Roles.Supervisor, "380");

        var options = gateway.Tokens.Options;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(options.SigningKey!)),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("officer-7", result.Claims[PlatformClaims.Subject]);
        Assert.Equal(Roles.Supervisor, result.Claims[PlatformClaims.Role]);
        Assert.Equal("380", result.Claims[PlatformClaims.UnitCode]);
    }

    [Fact]
    public async Task ADevelopmentTokenIsAcceptedByTheGatewayItself()
    {
        var token = await IssueAsync("officer-7", Roles.StationOfficer, "38");
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var response = await client.GetAsync("/api/intake/applications");

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("role", "officer-7", "Hacker", "38")]
    [InlineData("role", "officer-7", null, "38")]
    [InlineData("unitCode", "officer-7", Roles.StationOfficer, "3801")]
    [InlineData("unitCode", "officer-7", Roles.StationOfficer, "3a")]
    [InlineData("unitCode", "officer-7", Roles.StationOfficer, null)]
    [InlineData("subject", " ", Roles.StationOfficer, "38")]
    public async Task ATokenRequestWithABadFieldIsRejectedWithProblemDetailsNamingTheField(
        string field, string? subject, string? role, string? unitCode)
    {
        var response = await gateway.CreateClient().PostAsJsonAsync(TokenPath, new { subject, role, unitCode });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(new[] { field }, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
