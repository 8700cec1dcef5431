using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.EndToEnd.Tests.Station;

/// <summary>The station app, served by the gateway, signs an officer in with the identity service in a real headless Chromium.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StationSignInTests(PlatformFixture platform)
{
    private readonly StationPages _station = new(platform);

    [Fact]
    public async Task AStationOfficerSignsInToTheStationAppAndSeesTheirNameAndUnit()
    {
        var (_, oneTime) = await _station.NewOfficerAsync("station.signin", "Lê Thị Hoa", "14797");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await OfficerPages.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        // The app's own errors; the identity service's pages (its missing icon) are not under test here.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && page.Url.Contains("/station/", StringComparison.Ordinal))
            {
                problems.Add($"{message.Location}: {message.Text}");
            }
        };

        await page.GotoAsync(_station.App.ToString());
        await page.WaitForSelectorAsync("#sign-in");
        await StationPages.ScreenshotAsync(page, "01-signed-out");
        await _station.SignInFirstTimeAsync(page, "station.signin", oneTime, "Station-password-1");

        Assert.Equal("Lê Thị Hoa", await page.InnerTextAsync("#who-name"));
        Assert.Equal("14797", await page.InnerTextAsync("#who-unit"));
        await StationPages.ScreenshotAsync(page, "02-signed-in");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
