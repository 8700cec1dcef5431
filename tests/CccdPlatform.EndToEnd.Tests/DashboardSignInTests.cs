using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CccdPlatform.TestSupport;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>The commanders' dashboard signs in through the identity service, in a real headless Chromium.</summary>
public sealed partial class DashboardSignInTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task ASupervisorTheBootstrapAdminCreatedSignsInToTheDashboardSeesOnlyTheirUnitAndSignsOut()
    {
        // The issuer, the registered redirect and the browser all name the gateway as 127.0.0.1.
        var gateway = new UriBuilder(platform.Gateway.BaseAddress!) { Host = "127.0.0.1" }.Uri;
        var dashboard = new Uri(gateway, "/api/reports/dashboard/").ToString();
        var operations = await platform.DevTokenAsync("Operations", "38");
        await ApplyAsync("038095001201", "14797");
        await ApplyAsync("038095001202", "14818");
        await Eventually.HoldsAsync(async () => await ReceivedAsync("14797", operations) >= 1 && await ReceivedAsync("14818", operations) >= 1,
            TimeSpan.FromSeconds(30));
        var (adminName, adminPassword) = await BootstrapAdminAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await OfficerPages.LaunchAsync(playwright);
        var admin = await browser.NewPageAsync();
        await admin.GotoAsync(new Uri(gateway, "/account/login").ToString());
        await OfficerPages.SignInAsync(admin, adminName, adminPassword);
        await OfficerPages.SetUpAsync(admin, adminPassword, "Admin-new-password-1");
        var oneTime = await OfficerPages.CreateOfficerAsync(admin, "sup.380", "Trần Văn Bình", "14797", "Supervisor");

        // The supervisor's browser keeps a clock the test can move, to reach the access token's renewal.
        var context = await browser.NewContextAsync();
        await context.Clock.InstallAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(dashboard);
        await page.WaitForSelectorAsync("#sign-in:focus");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/account/login**");
        await OfficerPages.SignInAsync(page, "sup.380", oneTime);
        await OfficerPages.SetUpAsync(page, oneTime, "Supervisor-password-1");
        await page.WaitForURLAsync(dashboard);
        await page.WaitForSelectorAsync("[data-figure=received][data-value]");

        Assert.Equal("Trần Văn Bình", await page.InnerTextAsync("#who-name"));
        Assert.Equal("14797", await page.InnerTextAsync("#who-unit"));
        Assert.Equal("14797", await page.InputValueAsync("#unit"));
        Assert.Equal((await ReceivedAsync("14797", operations)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            await page.GetAttributeAsync("[data-figure=received]", "data-value"));
        Assert.Equal(0, await page.Locator("#coverage-chart g[data-unit='14818']").CountAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length"));

        // The province is outside a commune supervisor's reach.
        await page.FillAsync("#unit", "38");
        await page.PressAsync("#unit", "Enter");
        await Eventually.HoldsAsync(async () => (await page.InnerTextAsync("#status")).Contains("outside your unit", StringComparison.Ordinal));

        // Before the access token expires the page renews it with the refresh token, which rolls.
        var before = await SessionAsync(page);
        await page.Clock.FastForwardAsync("25:00");
        await Eventually.HoldsAsync(async () => (await SessionAsync(page)).GetProperty("refreshToken").GetString()
            != before.GetProperty("refreshToken").GetString());
        Assert.NotEqual(before.GetProperty("accessToken").GetString(), (await SessionAsync(page)).GetProperty("accessToken").GetString());
        await page.FillAsync("#unit", "14797");
        await page.PressAsync("#unit", "Enter");
        await Eventually.HoldsAsync(async () => (await page.InnerTextAsync("#status")).Contains("updates itself", StringComparison.Ordinal));

        var lastRefreshToken = (await SessionAsync(page)).GetProperty("refreshToken").GetString()!;
        await page.ClickAsync("#sign-out");
        await page.WaitForSelectorAsync("#sign-in:focus");
        Assert.Contains("signed out", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("sessionStorage.getItem('cccd.session') === null"));
        Assert.True(await page.IsHiddenAsync("#board"));

        // Signing out revoked the refresh token the tab held; the identity service's session ended too, so signing in
        // again asks for the password.
        using var refused = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = lastRefreshToken, ["client_id"] = "cccd-dashboard",
        }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync("**/account/login**");
    }

    private static async Task<JsonElement> SessionAsync(IPage page) =>
        JsonSerializer.Deserialize<JsonElement>(await page.EvaluateAsync<string>("sessionStorage.getItem('cccd.session')"));

    /// <summary>Without a data directory the identity service logs the first Admin's one-time credentials once.</summary>
    private async Task<(string UserName, string Password)> BootstrapAdminAsync()
    {
        Match? found = null;
        await Eventually.HoldsAsync(() =>
        {
            found = platform.ServiceLogs.Lines.Select(l => BootstrapLine().Match(l)).FirstOrDefault(m => m.Success);
            return Task.FromResult(found is not null);
        });
        return (found!.Groups[1].Value, found.Groups[2].Value);
    }

    /// <summary>An application at a station of the commune, from a machine registered there.</summary>
    private async Task ApplyAsync(string personalId, string communeCode)
    {
        var machine = $"E2E-DASHBOARD-{communeCode}";
        await Registration.StationMachineAsync(platform.Gateway, machine, communeCode);
        var officer = await platform.DevTokenAsync("StationOfficer", communeCode);
        var created = await Registration.OnceKnownAsync(() => platform.Gateway.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications")
        {
            Headers = { Authorization = officer },
            Content = JsonContent.Create(new
            {
                personalId, fullName = "Nguyễn Văn An", dateOfBirth = "1995-04-12", sex = "Male",
                permanentAddress = new { provinceCode = "38", communeCode, line = "12 Lê Lợi" },
                collectingUnitCode = communeCode, channel = "Station", machineId = machine,
            }),
        }));
        created.EnsureSuccessStatusCode();
    }

    private async Task<long> ReceivedAsync(string unitCode, AuthenticationHeaderValue token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/progress?unitCode={unitCode}") { Headers = { Authorization = token } };
        var response = await platform.Gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("received").GetInt64();
    }

    [GeneratedRegex(@"Created the first Admin (\S+) with the one-time password (\S+) ")]
    private static partial Regex BootstrapLine();
}
