using System.Net;
using System.Net.Sockets;
using CccdPlatform.Identity.Extensions;
using CccdPlatform.Identity.Model;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Identity.Tests;

/// <summary>
/// The identity service on a real port (its issuer), against a database that outlives one host when the test says so,
/// so that a restart is a new host on the same database and port.
/// </summary>
public sealed class IdentityHost(string database, string messaging, int port, string? dataDirectory = null,
    IReadOnlyDictionary<string, string>? settings = null) : GracefulWebApplicationFactory<Program>
{
    public const string SpaClient = "test-spa";
    public const string Integrator = "integrator-a";
    public const string IntegratorSecret = "integrator-a-secret-0123456789";
    public const string CitizenApp = "cccd-citizen-app";
    public const string CitizenAppSecret = "citizen-app-secret-0123456789";

    public TestTokens Tokens { get; } = new();
    public Uri Address { get; } = new($"http://127.0.0.1:{port}/");
    public string Issuer => Address.ToString();
    public string Callback => new Uri(Address, "/callback").ToString();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static IdentityHost Start(string database, string messaging, int port, string? dataDirectory = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new IdentityHost(database, messaging, port, dataDirectory, settings);
        host.UseKestrel(port);
        host.StartServer();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{IdentityServiceExtensions.DatabaseConnectionName}", database);
        builder.UseSetting("ConnectionStrings:messaging", messaging);
        builder.UseSetting("Authentication:SigningKey", Tokens.Options.SigningKey);
        builder.UseSetting("Authentication:Authority", Address.ToString());
        builder.UseSetting("Identity:BrowserClients:0:ClientId", SpaClient);
        builder.UseSetting("Identity:BrowserClients:0:RedirectUris:0", Callback);
        builder.UseSetting("Identity:Integrators:0:ClientId", Integrator);
        builder.UseSetting("Identity:Integrators:0:Secret", IntegratorSecret);
        builder.UseSetting("Identity:CitizenApps:0:ClientId", CitizenApp);
        builder.UseSetting("Identity:CitizenApps:0:Secret", CitizenAppSecret);
        builder.UseSetting("Identity:DeviceClients:0", "cccd-cli");
        builder.UseSetting("Identity:BootstrapUnitCode", "38");
        if (dataDirectory is not null)
        {
            builder.UseSetting("Data:Directory", dataDirectory);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>An officer with a known password, ready to sign in (and with a second factor when a key is given).</summary>
    public async Task<Officer> AddOfficerAsync(string userName, string role, string unitCode, string password, string? authenticatorKey = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Officer>>();
        var officer = new Officer { UserName = userName, DisplayName = userName, Role = role, UnitCode = unitCode, LockoutEnabled = true };
        var created = await users.CreateAsync(officer, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (authenticatorKey is not null)
        {
            await users.ResetAuthenticatorKeyAsync(officer);
            await users.SetAuthenticationTokenAsync(officer, "[AspNetUserStore]", "AuthenticatorKey", authenticatorKey);
            await users.SetTwoFactorEnabledAsync(officer, true);
        }

        return officer;
    }
}
