using System.Net.Http.Json;
using System.Text.Json;
using System.Web;
using CccdPlatform.TestSupport;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.Identity.Tests;

/// <summary>The sign-in pages and the code flow with PKCE in a real headless Chromium.</summary>
public sealed class BrowserFlowTests : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("cccd-identity-").FullName;
    private IdentityWithBrowser identity = null!;

    private IdentityHost Host => identity.Host;
    private IBrowser Browser => identity.Browser;
    private string Database => identity.Database;

    public async Task InitializeAsync() => identity = await IdentityWithBrowser.StartAsync(dataDirectory);

    public async Task DisposeAsync()
    {
        await identity.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task TheBootstrapAdminCreatesADistrictSupervisorWhoGetsATokenThroughTheCodeFlowAfterEnrollingASecondFactor()
    {
        var credentials = File.ReadAllLines(Path.Combine(dataDirectory, "identity", "bootstrap-admin.txt"))
            .Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        var admin = await Browser.NewPageAsync();

        await admin.GotoAsync(new Uri(Host.Address, "/account/login").ToString());
        await OfficerPages.SignInAsync(admin, credentials["user"], credentials["password"]);
        await OfficerPages.SetUpAsync(admin, credentials["password"], "Admin-new-password-1");
        Assert.EndsWith("/account/officers", admin.Url);
        var oneTime = await OfficerPages.CreateOfficerAsync(admin, "sup.380", "Lê Thị Hoa", "14797", "Supervisor");

        // The supervisor follows the dashboard's code flow in a browser of their own.
        var (verifier, challenge) = TokenClient.Pkce();
        var supervisor = await (await Browser.NewContextAsync()).NewPageAsync();
        await supervisor.GotoAsync(new Uri(Host.Address, "/connect/authorize?" + string.Join("&",
            $"client_id={IdentityHost.SpaClient}", "response_type=code", "scope=openid%20profile%20offline_access",
            $"redirect_uri={Uri.EscapeDataString(Host.Callback)}", $"code_challenge={challenge}", "code_challenge_method=S256", "state=s1")).ToString());
        await OfficerPages.SignInAsync(supervisor, "sup.380", oneTime);
        await OfficerPages.SetUpAsync(supervisor, oneTime, "Supervisor-password-1");
        await supervisor.WaitForURLAsync(url => url.StartsWith(Host.Callback, StringComparison.Ordinal));
        var code = HttpUtility.ParseQueryString(new Uri(supervisor.Url).Query)["code"]!;

        using var client = new TokenClient(Host.Address);
        var (status, tokens) = await client.PostAsync("/connect/token", ("grant_type", "authorization_code"), ("code", code),
            ("redirect_uri", Host.Callback), ("client_id", IdentityHost.SpaClient), ("code_verifier", verifier));
        Assert.True(status == 200, tokens.ToString());
        var access = TokenClient.Read(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal("Supervisor", access.GetClaim("role").Value);
        Assert.Equal("14797", access.GetClaim("unitCode").Value);
        Assert.Equal(Host.Issuer, access.Issuer);
        Assert.Contains("cccd-platform", access.Audiences);

        var officers = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/identity/officers")
        {
            Headers = { Authorization = new("Bearer", access.EncodedToken) },
        });
        var units = (await officers.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(o => o.GetProperty("unitCode").GetString());
        Assert.All(units, u => Assert.Equal("14797", u));

        // Refresh tokens roll: each use gives a new one, which works in turn.
        var refresh = tokens.GetProperty("refresh_token").GetString()!;
        var (refreshed, next) = await client.PostAsync("/connect/token",
            ("grant_type", "refresh_token"), ("refresh_token", refresh), ("client_id", IdentityHost.SpaClient));
        Assert.Equal(200, refreshed);
        Assert.NotEqual(refresh, next.GetProperty("refresh_token").GetString());
        var (again, _) = await client.PostAsync("/connect/token",
            ("grant_type", "refresh_token"), ("refresh_token", next.GetProperty("refresh_token").GetString()!), ("client_id", IdentityHost.SpaClient));
        Assert.Equal(200, again);

        var actions = await AuditActions.OfAsync(Database);
        Assert.Equal(2, actions.Count(a => a == "identity.second-factor.enrolled"));
        Assert.Contains("identity.officer.created", actions);
        Assert.Contains("identity.password.changed", actions);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountAndTheRightOneNoLongerOpensIt()
    {
        await Host.AddOfficerAsync("station.1", "StationOfficer", "14797", "Right-password-123");
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        await page.GotoAsync(new Uri(Host.Address, "/account/login").ToString());

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await OfficerPages.SignInAsync(page, "station.1", $"Wrong-password-{attempt}");
        }

        Assert.Contains("locked", await page.InnerTextAsync("[role=alert]"));
        await OfficerPages.SignInAsync(page, "station.1", "Right-password-123");
        Assert.Contains("locked", await page.InnerTextAsync("[role=alert]"));
        Assert.EndsWith("/account/login", new Uri(page.Url).AbsolutePath);

        var actions = await AuditActions.WithOutcomesAsync(Database);
        Assert.Equal(4, actions.Count(a => a == "identity.sign-in.failed 401"));
        Assert.Contains("identity.locked-out 423", actions);

        await page.ClickAsync("a[lang=vi]");
        Assert.Equal("Đăng nhập", await page.InnerTextAsync("h1"));
    }

    [Fact]
    public async Task AnAdminRegistersAnIntegratorOnThePageSeesItsSecretOnceAndRetiresIt()
    {
        const string authenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DP";
        await Host.AddOfficerAsync("admin.38", "Admin", "38", "Admin-password-123", authenticatorKey);
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        await page.GotoAsync(new Uri(Host.Address, "/account/login").ToString());
        await OfficerPages.SignInAsync(page, "admin.38", "Admin-password-123");
        await page.FillAsync("#code", Totp.Code(authenticatorKey));
        await page.ClickAsync("button[type=submit]");
        await page.ClickAsync("#integrators");

        await page.FillAsync("#displayName", "Kho bạc Nhà nước");
        await page.ClickAsync("#register");
        var secret = await page.InnerTextAsync("#client-secret");
        var clientId = await page.GetAttributeAsync("tr:has-text('Kho bạc Nhà nước')", "data-client");
        Assert.StartsWith("kho-bac-nha-nuoc-", clientId);
        using var client = new TokenClient(Host.Address);
        await client.ClientCredentialsAsync(clientId!, secret);

        // Shown once: the page opened again lists the client without its secret.
        await page.GotoAsync(new Uri(Host.Address, "/account/integrators").ToString());
        Assert.Equal(0, await page.Locator("#client-secret").CountAsync());
        Assert.DoesNotContain(secret, await page.ContentAsync());

        await page.ClickAsync($"button[aria-label='Retire {clientId}']");
        Assert.Equal("Retired", (await page.InnerTextAsync($"tr[data-client='{clientId}'] td:nth-child(4)")).Trim());
        var (refused, _) = await client.PostAsync("/connect/token",
            ("grant_type", "client_credentials"), ("client_id", clientId!), ("client_secret", secret));
        Assert.Equal(401, refused);
        Assert.Contains("identity.integrator.retired 200", await AuditActions.WithOutcomesAsync(Database));
    }

    [Fact]
    public async Task ACommandLineSignsInThroughTheDeviceFlowOnceAnOfficerAllowsIt()
    {
        await Host.AddOfficerAsync("mobile.1", "MobileOfficer", "14797", "Mobile-password-123");

        var tokens = await DeviceSignInAsync("mobile.1", "Mobile-password-123");

        Assert.Equal("MobileOfficer", TokenClient.Read(tokens.GetProperty("access_token").GetString()!).GetClaim("role").Value);
        Assert.InRange(tokens.GetProperty("expires_in").GetInt32(), 1, 300);
    }

    [Fact]
    public async Task DisablingAnOfficerRevokesTheirRefreshTokenWhichStaysRefusedOnceTheyAreEnabledAgain()
    {
        var officer = await Host.AddOfficerAsync("mobile.2", "MobileOfficer", "14797", "Mobile-password-123");
        var refreshToken = (await DeviceSignInAsync("mobile.2", "Mobile-password-123")).GetProperty("refresh_token").GetString()!;
        using var admin = new HttpClient { BaseAddress = Host.Address };
        admin.DefaultRequestHeaders.Authorization = Host.Tokens.Bearer("Admin", "38");
        using var client = new TokenClient(Host.Address);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.PostAsync($"/api/identity/officers/{officer.Id}/disable", null)).StatusCode);
        var (refused, error) = await client.PostAsync("/connect/token",
            ("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", "cccd-cli"));
        Assert.Equal(400, refused);
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());

        // Revoked, not merely refused while the account is disabled.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.PostAsync($"/api/identity/officers/{officer.Id}/enable", null)).StatusCode);
        var (still, _) = await client.PostAsync("/connect/token",
            ("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", "cccd-cli"));
        Assert.Equal(400, still);
    }

    /// <summary>The device flow of <c>cccd login</c>: the officer allows the code in a browser, the command line polls.</summary>
    private async Task<JsonElement> DeviceSignInAsync(string userName, string password)
    {
        using var client = new TokenClient(Host.Address);
        var (_, device) = await client.PostAsync("/connect/device", ("client_id", "cccd-cli"), ("scope", "openid offline_access"));
        var deviceCode = device.GetProperty("device_code").GetString()!;
        var (pending, waiting) = await client.PostAsync("/connect/token",
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", deviceCode), ("client_id", "cccd-cli"));
        Assert.Equal(400, pending);
        Assert.Equal("authorization_pending", waiting.GetProperty("error").GetString());

        var page = await Browser.NewPageAsync();
        await page.GotoAsync(device.GetProperty("verification_uri_complete").GetString()!);
        await OfficerPages.SignInAsync(page, userName, password);
        await page.ClickAsync("#allow");
        await page.WaitForSelectorAsync("#device-done");

        var (status, tokens) = await client.PostAsync("/connect/token",
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", deviceCode), ("client_id", "cccd-cli"));
        Assert.True(status == 200, tokens.ToString());
        return tokens;
    }
}
