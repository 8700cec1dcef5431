using Microsoft.Playwright;

namespace CccdPlatform.TestSupport.Identity;

/// <summary>What an officer does on the identity service's pages in a browser, for every test that signs in.</summary>
public static class OfficerPages
{
    public const string Chromium = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });

    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync();
    }

    /// <summary>The first sign-in of a Supervisor or Admin: a new password, then an authenticator app.</summary>
    public static async Task SetUpAsync(IPage page, string oneTime, string newPassword)
    {
        await ChangePasswordAsync(page, oneTime, newPassword);
        await page.WaitForURLAsync("**/account/second-factor/enrol**");
        var key = await page.InnerTextAsync("#authenticator-key");
        await page.FillAsync("#code", Totp.Code(key));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync();
    }

    /// <summary>The first sign-in of any officer: the one-time password is replaced.</summary>
    public static async Task ChangePasswordAsync(IPage page, string oneTime, string newPassword)
    {
        await page.WaitForURLAsync("**/account/change-password**");
        await page.FillAsync("#current", oneTime);
        await page.FillAsync("#new", newPassword);
        await page.FillAsync("#repeat", newPassword);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>An Admin, on the officers page, creates an officer; returns the one-time password shown once.</summary>
    public static async Task<string> CreateOfficerAsync(IPage admin, string userName, string displayName, string unitCode, string role)
    {
        await admin.ClickAsync("#new-officer");
        await admin.FillAsync("#userName", userName);
        await admin.FillAsync("#displayName", displayName);
        await admin.FillAsync("#unitCode", unitCode);
        await admin.SelectOptionAsync("#role", role);
        await admin.ClickAsync("button[type=submit]");
        return await admin.InnerTextAsync("#one-time-password");
    }
}
