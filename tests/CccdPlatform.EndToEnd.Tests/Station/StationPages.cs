using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.EndToEnd.Tests.Station;

/// <summary>What an officer does in the station app, for every test of it; screenshots go to the test output's <c>screenshots/station/</c>.</summary>
public sealed class StationPages(PlatformFixture platform)
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots", "station");

    /// <summary>The issuer, the registered redirect and the browser all name the gateway as 127.0.0.1.</summary>
    public Uri Gateway { get; } = new UriBuilder(platform.Gateway.BaseAddress!) { Host = "127.0.0.1" }.Uri;

    public Uri App => new(Gateway, "/station/");

    /// <summary>An officer account made by a development Admin of the province, with its one-time password.</summary>
    public async Task<(string Id, string OneTimePassword)> NewOfficerAsync(
        string userName, string displayName, string unitCode, string role = "StationOfficer", string? teamCode = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/identity/officers")
        {
            Headers = { Authorization = await platform.DevTokenAsync("Admin", "38", "e2e-station-admin") },
            Content = JsonContent.Create(new { userName, displayName, role, unitCode, teamCode }),
        };
        using var response = await platform.Gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (issued.GetProperty("officer").GetProperty("id").GetString()!, issued.GetProperty("oneTimePassword").GetString()!);
    }

    /// <summary>Opens the app, signs in through the identity service (first sign-in: a new password) and waits for the officer's name.</summary>
    public async Task SignInFirstTimeAsync(IPage page, string userName, string oneTimePassword, string newPassword)
    {
        await page.GotoAsync(App.ToString());
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync("**/account/login**");
        await OfficerPages.SignInAsync(page, userName, oneTimePassword);
        await OfficerPages.ChangePasswordAsync(page, oneTimePassword, newPassword);
        await page.WaitForSelectorAsync("#who-name");
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }
}
