using System.Net;
using System.Net.Sockets;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CccdPlatform.Gateway.Tests;

/// <summary>
/// The gateway in memory with a signing key of its own. Every backend resolves to a loopback port nothing listens on,
/// so a request that gets past authentication ends in 502 instead of reaching a service.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    public static readonly string[] Backends = ["intake", "biometrics", "eid", "reporting"];

    public TestTokens Tokens { get; } = new();

    public string UnreachableBackend { get; } = $"http://127.0.0.1:{ClosedPort()}";

    protected virtual string Environment => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Authentication:SigningKey", Tokens.Options.SigningKey);
        builder.UseSetting("Authentication:Issuer", Tokens.Options.Issuer);
        builder.UseSetting("Authentication:Audience", Tokens.Options.Audience);
        // Unreachable backends are the point of most tests here, not news worth a stack trace each.
        builder.UseSetting("Logging:LogLevel:Yarp", "Error");
        foreach (var service in Backends)
        {
            builder.UseSetting($"Services:{service}:http:0", UnreachableBackend);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
