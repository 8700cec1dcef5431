using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Identity.Infrastructure.Keys;
using CccdPlatform.TestSupport;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Identity.Tests;

/// <summary>Tokens as clients and services see them: grants, claims, keys, rotation, restarts.</summary>
public sealed class TokenTests : IAsyncLifetime
{
    private string database = "", messaging = "";

    public async Task InitializeAsync()
    {
        database = TestServers.NewDatabase("identity");
        messaging = await TestServers.NewVirtualHostAsync("identity");
    }

    public async Task DisposeAsync()
    {
        await TestServers.DropDatabaseAsync(database);
        await TestServers.DeleteVirtualHostAsync(messaging);
    }

    [Fact]
    public async Task AnIntegratorsClientCredentialsTokenCarriesTheIntegratorRoleAndNoOfficerRights()
    {
        await using var host = IdentityHost.Start(database, messaging, IdentityHost.FreePort());
        using var client = new TokenClient(host.Address);

        var token = TokenClient.Read(await client.ClientCredentialsAsync());

        Assert.Equal("RS256", token.Alg);
        Assert.Equal(host.Issuer, token.Issuer);
        Assert.Contains("cccd-platform", token.Audiences);
        Assert.Equal(IdentityHost.Integrator, token.Subject);
        Assert.Equal("Integrator", token.GetClaim("role").Value);
        Assert.Equal(403, await client.CallAsync("/api/identity/officers", token.EncodedToken));
        var (status, _) = await client.PostAsync("/connect/token",
            ("grant_type", "client_credentials"), ("client_id", IdentityHost.Integrator), ("client_secret", "wrong"));
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task ACitizenAppsClientCredentialsTokenCarriesTheCitizenAppRoleAndNoOtherRights()
    {
        await using var host = IdentityHost.Start(database, messaging, IdentityHost.FreePort());
        using var client = new TokenClient(host.Address);

        var token = TokenClient.Read(await client.ClientCredentialsAsync(IdentityHost.CitizenApp, IdentityHost.CitizenAppSecret));

        Assert.Equal(host.Issuer, token.Issuer);
        Assert.Contains("cccd-platform", token.Audiences);
        Assert.Equal(IdentityHost.CitizenApp, token.Subject);
        Assert.Equal("CitizenApp", token.GetClaim("role").Value);
        Assert.False(token.TryGetClaim("unitCode", out _));
        Assert.Equal(403, await client.CallAsync("/api/identity/officers", token.EncodedToken));
        Assert.Equal(403, await client.CallAsync("/api/identity/registry/machines", token.EncodedToken));
        var (status, _) = await client.PostAsync("/connect/token",
            ("grant_type", "client_credentials"), ("client_id", IdentityHost.CitizenApp), ("client_secret", "wrong"));
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task NoPasswordOrImplicitGrantIsOffered()
    {
        await using var host = IdentityHost.Start(database, messaging, IdentityHost.FreePort());
        using var client = new TokenClient(host.Address);

        var discovery = await client.Http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.DoesNotContain("password", grants);
        Assert.DoesNotContain("implicit", grants);
        Assert.Contains("urn:ietf:params:oauth:grant-type:device_code", grants);
        var (status, body) = await client.PostAsync("/connect/token",
            ("grant_type", "password"), ("client_id", IdentityHost.SpaClient), ("username", "admin"), ("password", "x"));
        Assert.Equal(400, status);
        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AServiceRefusesATokenSignedByAnotherKeyExpiredOrForAnotherAudience()
    {
        await using var host = IdentityHost.Start(database, messaging, IdentityHost.FreePort());
        await using var service = await ProbeService.StartAsync(host);
        using var client = new TokenClient(host.Address);
        var ring = host.Services.GetRequiredService<TokenKeyRing>();
        var now = DateTime.UtcNow;

        Assert.Equal(200, await service.CallAsync(await client.ClientCredentialsAsync()));
        Assert.Equal(200, await service.CallAsync(host.Tokens.Issue("StationOfficer", "14797")));
        Assert.Equal(200, await service.CallAsync(ForgedTokens.Sign(ring.Signing[0], host.Issuer, "cccd-platform", now.AddMinutes(5))));

        Assert.Equal(401, await service.CallAsync(ForgedTokens.Sign(ForgedTokens.Impostor(ring.Signing[0]), host.Issuer, "cccd-platform", now.AddMinutes(5))));
        Assert.Equal(401, await service.CallAsync(ForgedTokens.Sign(ring.Signing[0], host.Issuer, "cccd-platform", now.AddMinutes(-5))));
        Assert.Equal(401, await service.CallAsync(ForgedTokens.Sign(ring.Signing[0], host.Issuer, "another-audience", now.AddMinutes(5))));
        Assert.Equal(401, await service.CallAsync(ForgedTokens.Sign(ring.Signing[0], "http://elsewhere/", "cccd-platform", now.AddMinutes(5))));
    }

    [Fact]
    public async Task AfterARotationTheJwksPublishesOldAndNewKeysAndTokensOfBothAreAccepted()
    {
        await using var host = IdentityHost.Start(database, messaging, IdentityHost.FreePort(), settings: new Dictionary<string, string>
        {
            ["Identity:KeyRotationAge"] = "00:00:03",
            ["Identity:KeyCheckInterval"] = "00:00:01",
        });
        await using var service = await ProbeService.StartAsync(host);
        using var client = new TokenClient(host.Address);
        var before = await client.ClientCredentialsAsync();
        var oldKid = TokenClient.Read(before).Kid;

        string after = before;
        await Eventually.HoldsAsync(async () => TokenClient.Read(after = await client.ClientCredentialsAsync()).Kid != oldKid, TimeSpan.FromSeconds(20));

        var kids = await KidsAsync(client);
        Assert.Contains(oldKid, kids);
        Assert.Contains(TokenClient.Read(after).Kid, kids);
        Assert.Equal(200, await service.CallAsync(before));
        Assert.Equal(200, await service.CallAsync(after));
    }

    [Fact]
    public async Task KeysAndAccountsSurviveARestart()
    {
        var port = IdentityHost.FreePort();
        string token;
        List<string> kids;
        await using (var first = IdentityHost.Start(database, messaging, port))
        {
            using var client = new TokenClient(first.Address);
            token = await client.ClientCredentialsAsync();
            kids = await KidsAsync(client);
            await first.AddOfficerAsync("kept.officer", "StationOfficer", "14797", "Kept-password-123");
        }

        await using var second = IdentityHost.Start(database, messaging, port);
        await using var service = await ProbeService.StartAsync(second);
        using var again = new TokenClient(second.Address);

        Assert.Equal(kids, await KidsAsync(again));
        Assert.Equal(200, await service.CallAsync(token));
        await using var scope = second.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Model.Officer>>();
        var officer = await users.FindByNameAsync("kept.officer");
        Assert.NotNull(officer);
        Assert.True(await users.CheckPasswordAsync(officer, "Kept-password-123"));
        Assert.Single(users.Users.Where(o => o.Role == "Admin"));
    }

    private static async Task<List<string>> KidsAsync(TokenClient client) =>
        (await client.Http.GetFromJsonAsync<JsonElement>("/.well-known/jwks")).GetProperty("keys").EnumerateArray()
            .Select(k => k.GetProperty("kid").GetString()!).Order().ToList();
}
