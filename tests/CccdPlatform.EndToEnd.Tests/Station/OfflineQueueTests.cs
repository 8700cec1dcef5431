using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.TestSupport;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.EndToEnd.Tests.Station;

/// <summary>
/// The station app without network: applications are queued in IndexedDB (encrypted), the app opens from its service
/// worker, and the queue goes through intake's batch route once the network is back, never twice.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OfflineQueueTests(PlatformFixture platform)
{
    private const string Commune = "14797";
    private const string Machine = "E2E-STATION-OFFLINE-1";
    private static readonly string[] Citizens = ["038095731001", "038095731002", "038095731003", "038095731004", "038095731005"];
    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Giang"];
    private readonly StationPages _station = new(platform);

    static OfflineQueueTests() =>
        // Chromium's offline emulation does not reach a service worker's own fetches; with these events on, the
        // test's route can refuse them too, so "offline" means offline for the worker as well.
        Environment.SetEnvironmentVariable("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1");

    [Fact]
    public async Task FiveApplicationsMadeOfflineSurviveAReloadAndAreCreatedOnceWhenTheNetworkIsBack()
    {
        await _station.StationMachineAsync(Machine, Commune);
        var (_, oneTime) = await _station.NewOfficerAsync("station.offline", "Phạm Thu Trang", Commune);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await OfficerPages.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Allow });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => problems.Add($"{m.Type}: {m.Text}");
        page.Response += (_, r) => { if (r.Status >= 400) problems.Add($"{r.Status} {r.Url}"); };
        page.RequestFailed += (_, r) => problems.Add($"failed {r.Url} {r.Failure}");
        try { await page.GotoAsync(_station.App.ToString()); await page.WaitForSelectorAsync("#sign-in"); }
        catch (TimeoutException) { Assert.Fail(string.Join("\n", problems) + "\n" + await page.ContentAsync()); }
        await _station.SignInFirstTimeAsync(page, "station.offline", oneTime, "Station-password-1");
        await page.FillAsync("#machine-id", Machine);
        await page.ClickAsync("#save-workplace");
        await AppCachedAsync(page);
        var before = await ApplicationsOfCommuneAsync();

        await OfflineAsync(context, true);
        foreach (var (personalId, index) in Citizens.Select((id, i) => (id, i)))
        {
            await MakeApplicationAsync(page, personalId, $"Nguyễn Ngoại Tuyến {GivenNames[index]}", index == 0 ? "offline-00-form-waiting" : null);
            await Eventually.HoldsAsync(async () => await QueueCountAsync(page) == index + 1, TimeSpan.FromSeconds(15));
        }

        await StationPages.ScreenshotAsync(page, "offline-01-five-queued");

        var reloaded = await page.ReloadAsync();
        Assert.True(reloaded!.FromServiceWorker);
        await page.ClickAsync("nav a[href=queue]");
        try { await page.WaitForSelectorAsync("#queue-summary[data-waiting='5']"); }
        catch (TimeoutException) { Assert.Fail(string.Join("\n", problems.TakeLast(40)) + "\n" + await page.ContentAsync()); }
        Assert.Equal(5, await page.Locator(".queue li[data-state=waiting]").CountAsync());
        Assert.Equal(Citizens.Order(), (await page.Locator(".queue li").AllInnerTextsAsync()).Select(t => t.Split(" · ")[1]).Order());
        await StationPages.ScreenshotAsync(page, "offline-02-reloaded-five-waiting");

        var stored = await page.EvaluateAsync<string>(StoredRecordsScript);
        Assert.Equal(5, JsonSerializer.Deserialize<JsonElement>(stored).GetArrayLength());
        foreach (var personalId in Citizens)
        {
            Assert.DoesNotContain(personalId, stored, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Ngoại Tuyến", stored, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>(KeyIsNotExportableScript));

        // A new tab opened without network (no session there: sessionStorage is per tab) still shows what waits.
        var another = await context.NewPageAsync();
        var anotherProblems = new List<string>();
        another.Console += (_, m) => anotherProblems.Add($"{m.Type}: {m.Text}");
        another.RequestFailed += (_, r) => anotherProblems.Add($"failed {r.Url} {r.Failure}");
        var opened = await another.GotoAsync(new Uri(_station.App, "queue").ToString());
        Assert.True(opened!.FromServiceWorker);
        try { await another.WaitForSelectorAsync("#queue-summary[data-waiting='5']", new() { Timeout = 60_000 }); }
        catch (TimeoutException) { Assert.Fail(string.Join("\n", anotherProblems.TakeLast(30)) + "\n" + await another.ContentAsync()); }
        Assert.Equal(5, await another.Locator(".queue li[data-state=waiting]").CountAsync());
        await StationPages.ScreenshotAsync(another, "offline-03-new-tab-offline-shows-queue");
        await another.CloseAsync();

        await OfflineAsync(context, false);
        try { await page.WaitForSelectorAsync("#send-report[data-state=Sent][data-created='5']", new() { Timeout = 30_000 }); }
        catch (TimeoutException) { Assert.Fail(string.Join("\n", problems.TakeLast(30)) + "\n" + await page.InnerHTMLAsync("main")); }
        await page.WaitForSelectorAsync("#queue-summary[data-waiting='0']");
        var receipts = await page.Locator("#receipts li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.applicationId)");
        Assert.Equal(5, receipts.Distinct().Count());
        await StationPages.ScreenshotAsync(page, "offline-04-online-five-created");
        Assert.Equal(Citizens.Order(), (await PersonalIdsAsync(receipts)).Order());
        Assert.Equal(before + 5, await ApplicationsOfCommuneAsync());

        await page.ClickAsync("#send-now");
        await page.WaitForSelectorAsync("#send-report[data-state=Sent][data-created='0']");
        Assert.Equal(before + 5, await ApplicationsOfCommuneAsync());
        await StationPages.ScreenshotAsync(page, "offline-05-sent-again-none-new");
    }

    /// <summary>An application made on the form while offline: the form says it waits, and a new fill begins.</summary>
    private static async Task MakeApplicationAsync(IPage page, string personalId, string fullName, string? screenshot)
    {
        await StationPages.FillApplicationAsync(page, personalId, fullName, new DateOnly(1995, 4, 12), Commune);
        await page.ClickAsync("#submit-application");
        await page.WaitForSelectorAsync("#queued");
        if (screenshot is not null)
        {
            await StationPages.ScreenshotAsync(page, screenshot);
        }

        await page.ClickAsync("#new-application");
        await page.WaitForSelectorAsync("#application-form");
    }

    /// <summary>Offline for pages (the browser's emulation) and for the service worker's own fetches (the route).</summary>
    private static async Task OfflineAsync(IBrowserContext context, bool offline)
    {
        if (offline)
        {
            await context.RouteAsync("**/*", route => route.AbortAsync("internetdisconnected"));
        }
        else
        {
            await context.UnrouteAllAsync();
        }

        await context.SetOfflineAsync(offline);
    }

    private static async Task<int> QueueCountAsync(IPage page) =>
        int.Parse(await page.GetAttributeAsync("#queue-count", "data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The service worker controls the page and holds every file of the app the page loaded.</summary>
    private static async Task AppCachedAsync(IPage page) =>
        await Eventually.HoldsAsync(() => page.EvaluateAsync<bool>("""
            async () => {
              if (!navigator.serviceWorker.controller) return false;
              const name = (await caches.keys()).find(n => n.startsWith("cccd-station-"));
              if (!name) return false;
              const kept = new Set((await (await caches.open(name)).keys()).map(r => r.url));
              const loaded = performance.getEntriesByType("resource").map(e => e.name)
                .filter(u => u.startsWith(document.baseURI) && /\.(js|css|wasm|dll|dat|json|webmanifest|png|svg)$/.test(new URL(u).pathname));
              return kept.has(document.baseURI) && loaded.length > 0 && loaded.every(u => kept.has(u));
            }
            """), TimeSpan.FromSeconds(60));

    // Every record of the queue's store as the profile holds it, the ciphertext read as text both ways it could be.
    private const string StoredRecordsScript = """
        () => new Promise((resolve, reject) => {
          const open = indexedDB.open("cccd-station");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction("queue").objectStore("queue").getAll();
            all.onsuccess = () => resolve(JSON.stringify(all.result.map(r => ({
              ...r,
              iv: Array.from(r.iv),
              data: new TextDecoder("utf-8").decode(r.data) + new TextDecoder("latin1").decode(r.data),
            }))));
          };
        })
        """;

    private const string KeyIsNotExportableScript = """
        () => new Promise(resolve => {
          const open = indexedDB.open("cccd-station");
          open.onsuccess = () => {
            const get = open.result.transaction("keys").objectStore("keys").getAll();
            get.onsuccess = async () => {
              const key = get.result[0].key;
              try { await crypto.subtle.exportKey("raw", key); resolve(false); } catch { resolve(key.extractable === false); }
            };
          };
        })
        """;

    private async Task<int> ApplicationsOfCommuneAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/intake/applications?unitCode={Commune}&pageSize=1")
        {
            Headers = { Authorization = await platform.DevTokenAsync("Supervisor", Commune) },
        };
        using var response = await platform.Gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
    }

    private async Task<List<string>> PersonalIdsAsync(IEnumerable<string> applicationIds)
    {
        var ids = new List<string>();
        foreach (var id in applicationIds)
        {
            ids.Add((await _station.ApplicationAsync(id, Commune)).GetProperty("personalId").GetString()!);
        }

        return ids;
    }
}
