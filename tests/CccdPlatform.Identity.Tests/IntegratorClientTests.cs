using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CccdPlatform.Identity.Tests;

/// <summary>An Admin registers integrators' systems, which then get tokens at /connect/token with the client-credentials grant.</summary>
public sealed class IntegratorClientTests : IdentityApiTests
{
    private const string Integrators = "/api/identity/integrators";

    private TokenClient tokens = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        tokens = new TokenClient(Host.Address);
    }

    public override async Task DisposeAsync()
    {
        tokens.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task AnAdminRegistersAnIntegratorWhoseSecretIsShownOnceAndWhoseTokenCarriesTheIntegratorRole()
    {
        using var admin = Client("Admin", "38");

        var created = await admin.PostAsJsonAsync(Integrators, new { displayName = "Bảo hiểm xã hội Việt Nam" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var clientId = body.GetProperty("integrator").GetProperty("clientId").GetString()!;
        var secret = body.GetProperty("clientSecret").GetString()!;
        Assert.Matches("^bao-hiem-xa-hoi-viet-nam-[a-z0-9]{6}$", clientId);
        Assert.True(secret.Length >= 43);
        Assert.Equal($"{Integrators}/{clientId}", created.Headers.Location!.OriginalString);

        var token = TokenClient.Read(await tokens.ClientCredentialsAsync(clientId, secret));
        Assert.Equal(clientId, token.Subject);
        Assert.Equal("Integrator", token.GetClaim("role").Value);
        Assert.Equal(Host.Issuer, token.Issuer);
        Assert.Contains("cccd-platform", token.Audiences);

        // The list shows the registered client and the configured one, never a secret.
        var listed = await admin.GetStringAsync(Integrators);
        Assert.DoesNotContain(secret, listed);
        var integrators = JsonSerializer.Deserialize<JsonElement>(listed).EnumerateArray()
            .ToDictionary(i => i.GetProperty("clientId").GetString()!, i => i.GetProperty("source").GetString());
        Assert.Equal("registered", integrators[clientId]);
        Assert.Equal("configuration", integrators[IdentityHost.Integrator]);
        Assert.DoesNotContain(IdentityHost.SpaClient, integrators.Keys);
        Assert.DoesNotContain(IdentityHost.CitizenApp, integrators.Keys); // the same grant, but no integrator
        Assert.Contains("identity.integrator.registered 201", await AuditActions.WithOutcomesAsync(Database));
    }

    [Fact]
    public async Task OnlyAnAdminManagesIntegrators()
    {
        foreach (var role in new[] { "Supervisor", "StationOfficer", "Operations", "Integrator" })
        {
            using var other = Client(role, "38");
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync(Integrators, new { displayName = "Ngân hàng A" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Integrators)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"{Integrators}/{IdentityHost.Integrator}/secret", null)).StatusCode);
        }

        Assert.Equal(403, await tokens.CallAsync(Integrators, await tokens.ClientCredentialsAsync()));
        using var anonymous = new HttpClient { BaseAddress = Host.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Integrators)).StatusCode);
    }

    [Fact]
    public async Task ARetiredIntegratorIsRefusedAsAnInvalidClientAndStaysRetired()
    {
        using var admin = Client("Admin", "38");
        var (clientId, secret) = await RegisterAsync(admin, "Ngân hàng Nhà nước", "sbv-kyc");
        Assert.Equal("sbv-kyc", clientId);
        await tokens.ClientCredentialsAsync(clientId, secret);

        var retired = await (await admin.PostAsync($"{Integrators}/{clientId}/retire", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(retired.GetProperty("isActive").GetBoolean());
        Assert.Equal("invalid_client", await RefusalAsync(clientId, secret));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Integrators}/{clientId}/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"{Integrators}/{clientId}/secret", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync(Integrators, new { displayName = "Again", clientId })).StatusCode);
        var actions = await AuditActions.WithOutcomesAsync(Database);
        Assert.Single(actions, a => a == "identity.integrator.retired 200");
        Assert.Contains("identity.integrator.secret-rotated 409", actions);
    }

    [Fact]
    public async Task ARotatedSecretWorksAndTheOldOneIsRefusedAtOnce()
    {
        using var admin = Client("Admin", "38");
        var (clientId, old) = await RegisterAsync(admin, "Tổng cục Thống kê");

        var rotated = await admin.PostAsync($"{Integrators}/{clientId}/secret", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var secret = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;

        Assert.NotEqual(old, secret);
        Assert.Equal("invalid_client", await RefusalAsync(clientId, old));
        Assert.Equal(clientId, TokenClient.Read(await tokens.ClientCredentialsAsync(clientId, secret)).Subject);
        Assert.Contains("identity.integrator.secret-rotated 200", await AuditActions.WithOutcomesAsync(Database));
    }

    [Fact]
    public async Task ARegistrationIsRefusedFieldByField()
    {
        using var admin = Client("Admin", "38");

        var refused = await admin.PostAsJsonAsync(Integrators, new { displayName = "", clientId = "Bad Id!" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("clientId", out _));

        var taken = await admin.PostAsJsonAsync(Integrators, new { displayName = "Dashboard", clientId = IdentityHost.SpaClient });
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.True((await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("clientId", out _));
    }

    [Fact]
    public async Task AConfiguredIntegratorIsLeftToTheConfiguration()
    {
        using var admin = Client("Admin", "38");

        var refused = await admin.PostAsync($"{Integrators}/{IdentityHost.Integrator}/retire", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Identity:Integrators", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await tokens.ClientCredentialsAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"{Integrators}/nobody/retire", null)).StatusCode);
    }

    private static async Task<(string ClientId, string Secret)> RegisterAsync(HttpClient admin, string displayName, string? clientId = null)
    {
        var created = await admin.PostAsJsonAsync(Integrators, new { displayName, clientId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("integrator").GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    private async Task<string?> RefusalAsync(string clientId, string secret)
    {
        var (status, body) = await tokens.PostAsync("/connect/token",
            ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
        Assert.Equal(401, status);
        return body.GetProperty("error").GetString();
    }
}
