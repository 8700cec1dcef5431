extern alias IdentityService;

using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using IdentityProgram = IdentityService::Program;
using IdentityServiceExtensions = IdentityService::CccdPlatform.Identity.Extensions.IdentityServiceExtensions;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>
/// The identity service on a real port with its own database, configured with a citizen app and an integrator as the
/// AppHost registers them: what issues the tokens e-identification checks in <see cref="SelfServiceThroughIdentityTests"/>.
/// </summary>
public sealed class IdentityServiceHost : GracefulWebApplicationFactory<IdentityProgram>
{
    public const string CitizenAppSecret = "citizen-app-secret-0123456789abcdef";
    public const string Integrator = "integrator-a";
    public const string IntegratorSecret = "integrator-a-secret-0123456789";

    private readonly string _database = TestServers.NewDatabase("identity");
    private string _messaging = "";

    private IdentityServiceHost(int port) => Address = new Uri($"http://127.0.0.1:{port}/");

    public Uri Address { get; }

    public TestTokens Tokens { get; } = new();

    public static async Task<IdentityServiceHost> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var host = new IdentityServiceHost(port);
        host._messaging = await TestServers.NewVirtualHostAsync("identity");
        host.UseKestrel(port);
        host.StartServer();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{IdentityServiceExtensions.DatabaseConnectionName}", _database);
        builder.UseSetting("ConnectionStrings:messaging", _messaging);
        builder.UseSetting("Authentication:SigningKey", Tokens.Options.SigningKey);
        builder.UseSetting("Authentication:Authority", Address.ToString());
        builder.UseSetting("Identity:CitizenApps:0:ClientId", EIdClients.CitizenAppId);
        builder.UseSetting("Identity:CitizenApps:0:Secret", CitizenAppSecret);
        builder.UseSetting("Identity:Integrators:0:ClientId", Integrator);
        builder.UseSetting("Identity:Integrators:0:Secret", IntegratorSecret);
    }

    /// <summary>A client-credentials token, as the citizen app or an integrator gets it.</summary>
    public async Task<string> ClientCredentialsAsync(string clientId, string secret)
    {
        using var http = new HttpClient { BaseAddress = Address };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await TestServers.DropDatabaseAsync(_database);
        await TestServers.DeleteVirtualHostAsync(_messaging);
    }
}
