using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using CccdPlatform.AppHost;
using CccdPlatform.TestSupport;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.EndToEnd.Tests.Station;

/// <summary>The biometrics step of the station app, capturing through the AppHost's simulated devices in a real headless Chromium.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StationBiometricsTests(PlatformFixture platform)
{
    private const string Machine = "ST-14797-BIO";
    private readonly StationPages _station = new(platform);

    [Fact]
    public async Task RightAfterTheFormTheOfficerCapturesRecapturesAPoorFingerRecordsAMissingOneAndSeesTheOutcomeWithNo409()
    {
        await platform.App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Device).WaitAsync(TimeSpan.FromMinutes(1));
        using var device = platform.App.CreateHttpClient(ResourceNames.Device);
        (await device.PutAsJsonAsync("/simulator/conditions", new { poorFingers = new[] { 2 }, poorCaptures = 1, missingFingers = new[] { 7 }, delayMs = 0 }))
            .EnsureSuccessStatusCode();
        await Registration.StationMachineAsync(platform.Gateway, Machine, "14797");
        var (officerId, oneTime) = await _station.NewOfficerAsync("station.bio", "Phạm Văn Đức", "14797");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await OfficerPages.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var biometricsAnswers = new List<(string Method, int Status)>();
        page.Response += (_, r) =>
        {
            if (r.Url.Contains("/api/biometrics/", StringComparison.Ordinal))
            {
                biometricsAnswers.Add((r.Request.Method, r.Status));
            }
        };
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && page.Url.Contains("/station/", StringComparison.Ordinal))
            {
                consoleErrors.Add($"{message.Location}: {message.Text}");
            }
        };
        await _station.SignInFirstTimeAsync(page, "station.bio", oneTime, "Station-password-1");
        await page.FillAsync("#machine-id", Machine);
        await page.ClickAsync("#save-workplace");

        var applicationId = await SubmitApplicationAsync(officerId);
        await page.GotoAsync(new Uri(_station.App, $"biometrics/{applicationId}").ToString());
        await page.WaitForSelectorAsync("#device-status[data-found='3']");
        await page.ClickAsync("#capture-all");

        var poor = page.Locator("#fingers tr[data-position='2']");
        await page.Locator("#fingers tr[data-position='2'][data-state='poor']").WaitForAsync();
        Assert.InRange(int.Parse(await poor.Locator(".quality").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture), 0, 39);
        Assert.Equal("missing", await page.GetAttributeAsync("#fingers tr[data-position='7']", "data-state"));
        await StationPages.ScreenshotAsync(page, "biometrics-01-poor-and-missing-finger");

        await poor.Locator("button.recapture").ClickAsync();
        await page.Locator("#fingers tr[data-position='2'][data-state='good']").WaitForAsync();
        await page.SelectOptionAsync("#fingers tr[data-position='7'] select.exception", "Amputated");
        await page.Locator("#fingers tr[data-position='7'][data-state='excepted']").WaitForAsync();
        await Eventually.HoldsAsync(async () => await page.IsEnabledAsync("#submit-capture"));
        await StationPages.ScreenshotAsync(page, "biometrics-02-recaptured-and-excepted");

        await page.ClickAsync("#submit-capture");
        var outcome = page.Locator("#outcome:not([data-outcome='WaitingForApplication'])");
        await outcome.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await StationPages.ScreenshotAsync(page, "biometrics-03-outcome");

        Assert.Equal("Accepted", await outcome.GetAttributeAsync("data-outcome"));
        Assert.Contains(biometricsAnswers, a => a is ("POST", 201 or 202));
        Assert.DoesNotContain(biometricsAnswers, a => a.Status == 409);

        // My applications lists it, and its status follows the capture once intake hears of the outcome.
        await page.ClickAsync("nav a[href=applications]");
        var row = page.Locator($"#my-applications tr[data-application-id='{applicationId}']");
        await row.WaitForAsync();
        await Eventually.HoldsAsync(async () =>
        {
            await page.ClickAsync("#applications-refresh");
            return await row.GetAttributeAsync("data-status") == "BiometricsAccepted";
        }, TimeSpan.FromSeconds(30));
        Assert.Equal("Đã thu nhận sinh trắc học", (await row.Locator("td").Nth(3).InnerTextAsync()).Trim());
        await StationPages.ScreenshotAsync(page, "biometrics-04-my-applications");
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    private async Task<Guid> SubmitApplicationAsync(string officerId)
    {
        var token = await platform.DevTokenAsync("StationOfficer", "14797", officerId);
        var personalId = $"038195{Random.Shared.Next(100_000, 1_000_000)}";
        using var created = await Registration.OnceKnownAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications")
            {
                Headers = { Authorization = token },
                Content = JsonContent.Create(new
                {
                    personalId,
                    fullName = "Phạm Thị Lan",
                    dateOfBirth = "1995-04-12",
                    sex = "Female",
                    permanentAddress = new { provinceCode = "38", communeCode = "14797", line = "3 Trần Phú" },
                    collectingUnitCode = "14797",
                    channel = "Station",
                    machineId = Machine,
                }),
            };
            return await platform.Gateway.SendAsync(request);
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();
    }
}
