using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.TestSupport;
using Microsoft.Playwright;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

/// <summary>The dashboard in a real headless Chromium, against reporting on a real port.</summary>
public class DashboardBrowserTests(ReportingServers servers) : IClassFixture<ReportingServers>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task TheDashboardShowsTheSameFiguresAsTheReportsAndUpdatesItselfWhileOpen()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is missing at {Chromium}: run scripts/setup.sh (apt-get install chromium).");
        var (host, address) = ReportingHost.StartOnKestrel(servers);
        await using var _ = host;
        var reports = host.Reports("Operations", "38");
        await using var intake = await EventPublisher.StartAsync(servers.MessagingConnectionString);
        var settled = await reports.BeginAsync();
        var seeded = await SeedAsync(intake);
        await settled.WaitAsync(seeded);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1250 } });
        // No identity service here: the test hands the page a session as a sign-in would leave it, with a development
        // token and no refresh token (the sign-in itself is tested end to end through the AppHost).
        await page.AddInitScriptAsync($$"""
            sessionStorage.setItem("cccd.session", JSON.stringify({ accessToken: "{{servers.Tokens.Issue("Operations", "38")}}", expiresAt: Date.now() + 3600000 }));
            """);
        await page.GotoAsync(new Uri(address, "/api/reports/dashboard/?unit=38").ToString());
        await page.WaitForSelectorAsync("[data-figure=received][data-value]");

        var progress = await reports.ProgressAsync("38");
        Assert.Equal(progress.Received.ToString(CultureInfo.InvariantCulture), await FigureAsync(page, "received"));
        Assert.Equal(progress.Covered.ToString(CultureInfo.InvariantCulture), await FigureAsync(page, "covered"));
        Assert.Equal(progress.Eligible?.ToString(CultureInfo.InvariantCulture), await FigureAsync(page, "eligible"));
        Assert.Equal(progress.Remaining?.ToString(CultureInfo.InvariantCulture), await FigureAsync(page, "remaining"));
        Assert.Equal(progress.Coverage, double.Parse(await FigureAsync(page, "coverage"), CultureInfo.InvariantCulture));
        Assert.Equal(progress.Forecast.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await FigureAsync(page, "forecast"));
        Assert.Equal(progress.CrossProvince.ReceivedElsewhere.ToString(CultureInfo.InvariantCulture), await FigureAsync(page, "received-elsewhere"));
        Assert.Equal(Digits(progress.Received), Digits(await page.InnerTextAsync("[data-figure=received]")));

        var units = await reports.UnitsAsync("38");
        foreach (var unit in units.Units.Where(u => u.Received > 0))
        {
            var bar = page.Locator($"#coverage-chart g[data-unit='{unit.UnitCode}']");
            Assert.Equal(unit.Received.ToString(CultureInfo.InvariantCulture), await bar.GetAttributeAsync("data-received"));
            Assert.Contains(unit.Name!, await bar.TextContentAsync());
        }

        var teams = await reports.Http.GetFromJsonAsync<Apis.TeamsReportView>(
            $"/api/reports/teams?unitCode=38&from={progress.Today.AddDays(-6):yyyy-MM-dd}&to={progress.Today:yyyy-MM-dd}", ReportsClient.Json);
        var shownTeams = await page.Locator("#teams tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.code, r.dataset.records])");
        Assert.Equal(teams!.Teams.Take(15).Select(t => new[] { t.Code, t.Records.ToString(CultureInfo.InvariantCulture) }), shownTeams);

        // Left open, the page picks up an application received after it was drawn.
        await intake.PublishAsync(Received(CamThuyCommune, "Mobile", "Home", team: "TEAM-15127-01", machine: "KIT-15127-01"));
        var expected = (progress.Received + 1).ToString(CultureInfo.InvariantCulture);
        await Eventually.HoldsAsync(async () => await FigureAsync(page, "received") == expected, TimeSpan.FromSeconds(20));

        var screenshot = Path.Combine(ArtifactsDirectory(), "dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Equal("TwoTier2025", await page.GetAttributeAsync("#unit-map", "data-map"));

        // A period before 1 July 2025 lists the units of 2023: Thanh Hóa's districts.
        await page.GotoAsync(new Uri(address, "/api/reports/dashboard/?unit=38&to=2025-06-30").ToString());
        await page.WaitForSelectorAsync("#unit-map[data-map=ThreeTier2023]");
        Assert.Contains("Thành phố Thanh Hóa", await page.InnerTextAsync("#idle-units"));
    }

    private static Task<string> FigureAsync(IPage page, string name) =>
        page.GetAttributeAsync($"[data-figure='{name}']", "data-value")!.ContinueWith(t => t.Result ?? "");

    private static string Digits(object value) => new(value.ToString()!.Where(char.IsAsciiDigit).ToArray());

    /// <summary>A small province's campaign in today's map: rosters in five communes, mobile teams, two weeks of applications.</summary>
    private static async Task<int> SeedAsync(EventPublisher intake)
    {
        var random = new Random(38);
        var today = VietnamTime.DateOf(DateTimeOffset.UtcNow);
        var communes = new (UnitPath Commune, int Eligible)[]
        {
            (HamRongWard, 90), (new UnitPath("38", null, "14797"), 60), (CamThuyCommune, 70),
            (new UnitPath("38", null, "16228"), 50), (new UnitPath("38", null, "16378"), 40),
        };
        var published = 0;
        foreach (var (commune, eligible) in communes)
        {
            await intake.PublishAsync(Roster(commune, eligible));
            published++;
        }

        for (var i = 0; i < 150; i++, published++)
        {
            var (commune, _) = communes[random.Next(communes.Length)];
            var mobile = random.Next(3) > 0;
            var team = mobile ? $"TEAM-{commune.CommuneCode}-0{random.Next(1, 3)}" : $"DESK-{commune.CommuneCode}";
            var collected = VietnamTime.StartOf(today.AddDays(-random.Next(0, 12))).AddHours(7 + random.Next(0, 12));
            await intake.PublishAsync(Received(commune, mobile ? "Mobile" : "Station", mobile ? (random.Next(4) == 0 ? "Hospital" : "Home") : "Station",
                team: team, machine: $"KIT-{team[5..]}", collectedAt: collected));
        }

        await intake.PublishAsync(Received(new UnitPath("01", "001", null), permanentProvince: "38"));
        return published + 1;
    }

    private static string ArtifactsDirectory([CallerFilePath] string source = "") =>
        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(source)!, "artifacts")).FullName;
}
