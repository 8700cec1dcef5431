using CccdPlatform.TestSupport;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.Identity.Tests;

/// <summary>The identity service on a database and virtual host of its own, and a headless Chromium to sign in with.</summary>
public sealed class IdentityWithBrowser : IAsyncDisposable
{
    private IdentityWithBrowser(string database, string messaging, IdentityHost host, IPlaywright playwright, IBrowser browser) =>
        (Database, Messaging, Host, Playwright, Browser) = (database, messaging, host, playwright, browser);

    public string Database { get; }
    public string Messaging { get; }
    public IdentityHost Host { get; }
    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }

    public static async Task<IdentityWithBrowser> StartAsync(string? dataDirectory = null)
    {
        var database = TestServers.NewDatabase("identity");
        var messaging = await TestServers.NewVirtualHostAsync("identity");
        var host = IdentityHost.Start(database, messaging, IdentityHost.FreePort(), dataDirectory);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        return new IdentityWithBrowser(database, messaging, host, playwright, await OfficerPages.LaunchAsync(playwright));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Host.DisposeAsync();
        await TestServers.DropDatabaseAsync(Database);
        await TestServers.DeleteVirtualHostAsync(Messaging);
    }
}
