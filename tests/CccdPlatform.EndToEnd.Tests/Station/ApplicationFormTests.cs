using System.Net;
using System.Text;
using System.Text.Json;
using CccdPlatform.Domain;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.EndToEnd.Tests.Station;

/// <summary>
/// The application form in a real headless Chromium at a phone's width: intake's own rules as the officer types, one
/// application per fill however often it is sent, and intake's problems on the fields they concern.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ApplicationFormTests(PlatformFixture platform)
{
    private const string Commune = "14797";
    private const string Machine = "E2E-STATION-FORM-1";
    private static readonly DateOnly Birth = new(1995, 4, 12);
    private readonly StationPages _station = new(platform);

    [Fact]
    public async Task ABadIdNumberIsCaughtBeforeSendingAFillIsCreatedOnceAndAnOpenApplicationLandsOnTheIdNumber()
    {
        await _station.StationMachineAsync(Machine, Commune);
        var (_, oneTime) = await _station.NewOfficerAsync("station.form", "Đỗ Minh Châu", Commune);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await OfficerPages.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 } });
        var page = await context.NewPageAsync();
        var sent = 0;
        page.Request += (_, r) => sent += r.Method == "POST" && r.Url.EndsWith("/api/intake/applications", StringComparison.Ordinal) ? 1 : 0;
        await _station.SignInFirstTimeAsync(page, "station.form", oneTime, "Station-password-1");
        await page.FillAsync("#machine-id", Machine);
        await page.ClickAsync("#save-workplace");
        await page.WaitForSelectorAsync("#application-form");

        // Intake's own rule, in the browser, before anything is sent; in Vietnamese, then as intake words it.
        await page.FillAsync("#personalId", "03809");
        await page.PressAsync("#personalId", "Tab");
        await page.WaitForSelectorAsync("#personalId[aria-invalid=true]");
        Assert.Equal("Số định danh cá nhân phải gồm đúng 12 chữ số.", await page.InnerTextAsync("#personalId-error"));
        Assert.Equal("personalId-error", await page.GetAttributeAsync("#personalId", "aria-describedby"));
        await StationPages.ScreenshotAsync(page, "form-01-bad-id-number-live");
        await page.ClickAsync("#lang-en");
        await page.WaitForSelectorAsync("#personalId-error:has-text('The personal identification number must be exactly 12 digits.')");
        Assert.Equal(0, sent);

        // A citizen under 14 applies through a legal representative: the form asks for one.
        Assert.Equal(0, await page.Locator("#legalRepresentative").CountAsync());
        await page.FillAsync("#dateOfBirth", "2016-05-20");
        await page.PressAsync("#dateOfBirth", "Tab");
        await page.WaitForSelectorAsync("#legalRepresentative-personalId");

        var personalId = PersonalIdNumber.Compose("38", Birth, female: false, Random.Shared.Next(1_000_000));
        await StationPages.FillApplicationAsync(page, personalId, "Trần Văn Biểu", Birth, Commune);
        await page.FillAsync("#phoneNumber", "0912345678");
        await page.CheckAsync("#wantsEId");
        await page.WaitForSelectorAsync("#eIdRequest-level");
        Assert.Equal(0, await page.Locator("#legalRepresentative").CountAsync());
        await StationPages.ScreenshotAsync(page, "form-02-filled");

        // Intake's answer is lost on the way back: sending the same fill again answers with the application it created.
        string? created = null;
        await page.RouteAsync("**/api/intake/applications", async route =>
        {
            var answer = await route.FetchAsync();
            created = JsonDocument.Parse(await answer.TextAsync()).RootElement.GetProperty("applicationId").GetString();
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 503, ContentType = "application/problem+json", Body = """{"title":"Service Unavailable","status":503}""",
            });
        }, new PageRouteOptions { Times = 1 });
        await page.ClickAsync("#submit-application");
        await page.WaitForSelectorAsync("#form-problem p:has-text('Service Unavailable')");
        Assert.NotNull(created);
        await page.ClickAsync("#submit-application");
        await page.WaitForSelectorAsync("#receipt");
        var id = await page.GetAttributeAsync("#receipt", "data-application-id");
        Assert.Equal(created, id);
        Assert.Equal(2, sent);
        var today = VietnamTime.DateOf(DateTimeOffset.UtcNow);
        Assert.Equal(CardRules.On(today).ExpiryOf(Birth, today)!.Value.ToString("dd/MM/yyyy"), await page.InnerTextAsync("#receipt-expiry"));
        Assert.Equal($"biometrics/{id}", await page.GetAttributeAsync("#to-biometrics", "href"));
        await StationPages.ScreenshotAsync(page, "form-03-receipt");
        var application = await _station.ApplicationAsync(id!, Commune);
        Assert.Equal(personalId, application.GetProperty("personalId").GetString());
        Assert.Equal("Trần Văn Biểu", application.GetProperty("fullName").GetString());

        // Only intake knows the citizen's application is still open: its problem lands on the ID number, focused.
        await page.ClickAsync("#new-application");
        await page.WaitForSelectorAsync("#application-form");
        await StationPages.FillApplicationAsync(page, personalId, "Trần Văn Biểu", Birth, Commune);
        await page.ClickAsync("#submit-application");
        await page.WaitForSelectorAsync("#personalId[aria-invalid=true]");
        Assert.Contains(id!, await page.InnerTextAsync("#personalId-error"));
        Assert.Equal("personalId", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(3, sent);
        await StationPages.ScreenshotAsync(page, "form-04-open-application-on-the-id-number");
    }

    [Fact]
    public async Task AWorklistEntryOpensTheFormFilledInAndBecomesAnApplication()
    {
        const string machine = "E2E-STATION-FORM-2";
        await _station.StationMachineAsync(machine, Commune);
        var birth = new DateOnly(1988, 9, 3);
        var personalId = PersonalIdNumber.Compose("38", birth, female: true, Random.Shared.Next(1_000_000));
        using (var import = new HttpRequestMessage(HttpMethod.Post, $"/api/intake/rosters/{Commune}")
        {
            Headers = { Authorization = await platform.DevTokenAsync("Supervisor", Commune) },
            Content = new StringContent($"personalId,fullName,dateOfBirth,sex,addressLine\n{personalId},Lê Thị Thu,1988-09-03,Female,7 Bà Triệu\n", Encoding.UTF8, "text/csv"),
        })
        {
            using var imported = await platform.Gateway.SendAsync(import);
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }

        var (_, oneTime) = await _station.NewOfficerAsync("station.worklist", "Hoàng Văn Nam", Commune);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await OfficerPages.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await _station.SignInFirstTimeAsync(page, "station.worklist", oneTime, "Station-password-1");
        await page.FillAsync("#machine-id", machine);
        await page.ClickAsync("#save-workplace");

        await page.ClickAsync("nav a[href=worklist]");
        await page.Locator($"#worklist tr[data-personal-id='{personalId}'] .start-application").ClickAsync();
        await page.WaitForSelectorAsync("#application-form");
        Assert.Equal(personalId, await page.InputValueAsync("#personalId"));
        Assert.Equal("Lê Thị Thu", await page.InputValueAsync("#fullName"));
        Assert.Equal("1988-09-03", await page.InputValueAsync("#dateOfBirth"));
        Assert.Equal("Female", await page.InputValueAsync("#sex"));
        Assert.Equal("38", await page.InputValueAsync("#permanentAddress-provinceCode"));
        Assert.Equal("7 Bà Triệu", await page.InputValueAsync("#permanentAddress-line"));
        Assert.DoesNotContain(personalId, page.Url, StringComparison.Ordinal);
        await StationPages.ScreenshotAsync(page, "form-05-from-the-worklist");

        await page.ClickAsync("#submit-application");
        await page.WaitForSelectorAsync("#receipt");
        var id = await page.GetAttributeAsync("#receipt", "data-application-id");
        Assert.Equal(personalId, (await _station.ApplicationAsync(id!, Commune)).GetProperty("personalId").GetString());
    }
}
