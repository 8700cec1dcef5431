using CccdPlatform.TestSupport;
using CccdPlatform.TestSupport.Identity;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CccdPlatform.EndToEnd.Tests.Station;

/// <summary>
/// Every page of the station app on a 360 px phone and a station desktop, in both languages: nothing wider than the
/// screen, the skip link first under the keyboard, and no WCAG 2.1 A/AA violation that axe-core finds (labels, names,
/// contrast, landmarks, language); and the app installable by Chromium's own check.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StationAccessibilityTests(PlatformFixture platform)
{
    private const string Machine = "ST-14797-A11Y";
    private static readonly string[] Pages = ["", "applications", "queue", "worklist", "biometrics"];
    private readonly StationPages _station = new(platform);

    [Fact]
    public async Task EveryPageFitsA360PxPhoneAndPassesAxeWcagAaInBothLanguages()
    {
        var (_, oneTime) = await _station.NewOfficerAsync("station.a11y", "Trịnh Thị Mai", "14797");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await OfficerPages.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await _station.SignInFirstTimeAsync(page, "station.a11y", oneTime, "Station-password-1");
        await page.FillAsync("#machine-id", Machine);
        await page.ClickAsync("#save-workplace");

        var found = new List<string>();
        foreach (var (width, language) in new[] { (360, "vi"), (1280, "en") })
        {
            await page.SetViewportSizeAsync(width, 800);
            await page.ClickAsync($"#lang-{language}");
            // The switch reaches the header and the navigation at once, not at the next page.
            await page.WaitForSelectorAsync($".who dt:text-is('{(language == "en" ? "Officer" : "Cán bộ")}')", new() { Timeout = 5_000 });
            await page.WaitForSelectorAsync($"#queue-count[aria-label$='{(language == "en" ? "waiting" : "đang chờ")}']", new() { Timeout = 5_000 });
            foreach (var path in Pages)
            {
                await page.GotoAsync(new Uri(_station.App, path).ToString());
                await page.WaitForSelectorAsync("main h1");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                Assert.Equal(language, await page.GetAttributeAsync("main", "lang"));

                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0)
                {
                    found.Add($"/{path} at {width} px: {overflow} px wider than the screen");
                }

                await page.Keyboard.PressAsync("Tab");
                if (!await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('skip') === true"))
                {
                    found.Add($"/{path}: the first Tab does not reach the skip link");
                }

                var axe = await page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                });
                Assert.Contains(axe.Passes, rule => rule.Id == "label" || rule.Id == "color-contrast");
                found.AddRange(axe.Violations.Select(v =>
                    $"/{path} at {width} px ({language}): {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
                await StationPages.ScreenshotAsync(page, $"a11y-{width}-{language}-{(path.Length == 0 ? "form" : path)}");
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task ChromiumFindsTheAppInstallable()
    {
        // A profile of its own: Chromium never offers to install from an incognito context, which a plain launch is.
        var profile = Directory.CreateTempSubdirectory("cccd-station-profile-");
        using var playwright = await Playwright.CreateAsync();
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName,
            new BrowserTypeLaunchPersistentContextOptions { ExecutablePath = OfficerPages.Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_station.App.ToString());
        await page.WaitForSelectorAsync("#sign-in");
        await Eventually.HoldsAsync(() => page.EvaluateAsync<bool>("async () => !!(await navigator.serviceWorker.ready).active"));

        // The browser's own verdict (the one behind its install button): manifest, icons, service worker, scope.
        var session = await context.NewCDPSessionAsync(page);
        var answer = await session.SendAsync("Page.getInstallabilityErrors");
        var errors = answer!.Value.GetProperty("installabilityErrors").EnumerateArray().Select(e => e.GetProperty("errorId").GetString()).ToList();
        Assert.True(errors.Count == 0, string.Join(", ", errors));
        var manifest = await session.SendAsync("Page.getAppManifest");
        Assert.EndsWith("/station/manifest.webmanifest", manifest!.Value.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, manifest.Value.GetProperty("errors").GetArrayLength());
        await StationPages.ScreenshotAsync(page, "install-01-installable");
        await context.CloseAsync();
        profile.Delete(recursive: true);
    }
}
