using System.Net;
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

    /// <summary>
    /// Registers a station machine of the unit and waits until intake's copy of the registry knows it (a batch of one
    /// invalid item creates nothing).
    /// </summary>
    public async Task StationMachineAsync(string machineId, string unitCode)
    {
        await Registration.StationMachineAsync(platform.Gateway, machineId, unitCode);
        var officer = await platform.DevTokenAsync("StationOfficer", unitCode, "e2e-station-probe");
        using var known = await Registration.OnceKnownAsync(() => platform.Gateway.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/intake/batches")
        {
            Headers = { Authorization = officer },
            Content = JsonContent.Create(new { batchId = "probe", machineId, items = new[] { new { clientItemId = "probe", application = new { } } } }),
        }));
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    /// <summary>An application as a supervisor of <paramref name="unitCode"/> reads it through the API.</summary>
    public async Task<JsonElement> ApplicationAsync(string applicationId, string unitCode)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/intake/applications/{applicationId}")
        {
            Headers = { Authorization = await platform.DevTokenAsync("Supervisor", unitCode) },
        };
        using var response = await platform.Gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Fills the application form's required fields for a citizen whose permanent address is <paramref name="communeCode"/> of Thanh Hoa.</summary>
    public static async Task FillApplicationAsync(IPage page, string personalId, string fullName, DateOnly dateOfBirth, string communeCode)
    {
        await page.FillAsync("#personalId", personalId);
        await page.FillAsync("#fullName", fullName);
        await page.FillAsync("#dateOfBirth", dateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#sex", "Male");
        await page.SelectOptionAsync("#permanentAddress-provinceCode", "38");
        await page.FillAsync("#permanentAddress-communeCode", communeCode);
        await page.FillAsync("#permanentAddress-line", "12 Lê Lợi");
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }
}
