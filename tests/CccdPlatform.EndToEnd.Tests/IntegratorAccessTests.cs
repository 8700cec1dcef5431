using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using CccdPlatform.AppHost;
using CccdPlatform.TestSupport.Identity;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>
/// Integrators through the running platform: an Admin registers their systems, whose client-credentials tokens read
/// their own event feed and nothing else; a token the identity service did not issue as it is is refused everywhere.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IntegratorAccessTests(PlatformFixture platform)
{
    private const string Subscriptions = "/api/integrations/subscriptions";

    /// <summary>Every other service's API, read and write, and the identity service's management.</summary>
    private static readonly (HttpMethod Method, string Path)[] Elsewhere =
    [
        (HttpMethod.Get, "/api/intake/applications?unitCode=38"),
        (HttpMethod.Post, "/api/intake/applications"),
        (HttpMethod.Get, "/api/intake/audit"),
        (HttpMethod.Get, "/api/biometrics/duplicates"),
        (HttpMethod.Post, "/api/biometrics/captures"),
        (HttpMethod.Get, "/api/eid/accounts"),
        (HttpMethod.Post, "/api/eid/accounts"),
        (HttpMethod.Get, "/api/reports/progress?unitCode=38"),
        (HttpMethod.Get, "/api/reports/teams?unitCode=38"),
        (HttpMethod.Get, "/api/identity/officers"),
        (HttpMethod.Post, "/api/identity/officers"),
        (HttpMethod.Get, "/api/identity/integrators"),
        (HttpMethod.Get, "/api/identity/registry/machines"),
    ];

    [Fact]
    public async Task AnIntegratorsClientCredentialsTokenReadsItsEventFeedAndNothingElse()
    {
        var admin = await platform.DevTokenAsync("Admin", subject: "admin-e2e");
        var insurer = await IntegratorTokenAsync(admin, "Bảo hiểm xã hội Việt Nam");
        var bank = await IntegratorTokenAsync(admin, "Ngân hàng Nhà nước");

        var own = await SubscribeAsync(insurer);
        var others = await SubscribeAsync(bank);

        var listed = await SendAsync(HttpMethod.Get, Subscriptions, insurer);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal([own], (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, $"{Subscriptions}/{own}", insurer)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, $"{Subscriptions}/{own}/deliveries", insurer)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"{Subscriptions}/{others}", insurer)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"{Subscriptions}/{others}/deliveries", insurer)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Delete, $"{Subscriptions}/{others}", insurer)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, $"{Subscriptions}/{others}", bank)).StatusCode);

        foreach (var (method, path) in Elsewhere)
        {
            var refused = await SendAsync(method, path, insurer, method == HttpMethod.Post ? new { } : null);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)refused.StatusCode}, not 403");
        }
    }

    [Fact]
    public async Task ATokenSignedByAnotherKeyExpiredOrForAnotherAudienceIsRefusedByTheGatewayAndByEachServiceCalledDirectly()
    {
        var issuer = (await platform.Gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration")).GetProperty("issuer").GetString()!;
        var genuine = await IdentitySigningKey.ReadAsync((await platform.App.GetConnectionStringAsync(ResourceNames.IdentityDb))!);
        var now = DateTime.UtcNow;
        using var intake = platform.App.CreateHttpClient(ResourceNames.Intake);
        using var integrations = platform.App.CreateHttpClient(ResourceNames.Integrations);
        var doors = new (string Name, HttpClient Client, string Path)[]
        {
            ("gateway to integrations", platform.Gateway, Subscriptions),
            ("gateway to intake", platform.Gateway, "/api/intake/applications?unitCode=38"),
            ("integrations directly", integrations, Subscriptions),
            ("intake directly", intake, "/api/intake/applications?unitCode=38"),
        };

        foreach (var (name, client, path) in doors)
        {
            // The same token, well made, is accepted: each forgery below is wrong in one respect only.
            Assert.Equal((name, HttpStatusCode.OK), (name, await CallAsync(client, path, ForgedTokens.Sign(genuine, issuer, "cccd-platform", now.AddMinutes(5)))));
            Assert.Equal((name, HttpStatusCode.Unauthorized),
                (name, await CallAsync(client, path, ForgedTokens.Sign(ForgedTokens.Impostor(genuine), issuer, "cccd-platform", now.AddMinutes(5)))));
            Assert.Equal((name, HttpStatusCode.Unauthorized), (name, await CallAsync(client, path, ForgedTokens.Sign(genuine, issuer, "cccd-platform", now.AddMinutes(-5)))));
            Assert.Equal((name, HttpStatusCode.Unauthorized), (name, await CallAsync(client, path, ForgedTokens.Sign(genuine, issuer, "another-audience", now.AddMinutes(5)))));
        }
    }

    /// <summary>An Admin registers the integrator through the gateway; it gets its token at the gateway's /connect/token.</summary>
    private async Task<AuthenticationHeaderValue> IntegratorTokenAsync(AuthenticationHeaderValue admin, string displayName)
    {
        var registered = await SendAsync(HttpMethod.Post, "/api/identity/integrators", admin, new { displayName });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var client = await registered.Content.ReadFromJsonAsync<JsonElement>();
        using var token = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.GetProperty("integrator").GetProperty("clientId").GetString()!,
            ["client_secret"] = client.GetProperty("clientSecret").GetString()!,
        }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        return new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
    }

    private async Task<string> SubscribeAsync(AuthenticationHeaderValue integrator)
    {
        var created = await SendAsync(HttpMethod.Post, Subscriptions, integrator,
            new { eventTypes = new[] { "AccountLocked" }, delivery = "webhook", webhookUrl = "https://integrator.example.vn/cccd/events" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscription").GetProperty("id").GetString()!;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, AuthenticationHeaderValue token, object? body = null) =>
        platform.Gateway.SendAsync(new HttpRequestMessage(method, path)
        {
            Headers = { Authorization = token },
            Content = body is null ? null : JsonContent.Create(body),
        });

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = new("Bearer", token) } };
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
