using CccdPlatform.Reporting.Extensions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Reporting.Tests;

/// <summary>One run of the reporting service on <see cref="ReportingServers"/>; optionally on a real port, for a browser.</summary>
public sealed class ReportingHost : WebApplicationFactory<Program>
{
    private readonly ReportingServers _servers;

    private ReportingHost(ReportingServers servers) => _servers = servers;

    public static ReportingHost Start(ReportingServers servers)
    {
        var host = new ReportingHost(servers);
        _ = host.Server;
        return host;
    }

    /// <summary>Listens on a free port of 127.0.0.1, so that a browser can open its pages.</summary>
    public static (ReportingHost Host, Uri Address) StartOnKestrel(ReportingServers servers)
    {
        var host = new ReportingHost(servers);
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (host, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    public ReportsClient Reports(string role = "Admin", string unitCode = "38")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = _servers.Tokens.Bearer(role, unitCode);
        return new ReportsClient(client, _servers.Tokens);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{ReportingServiceExtensions.DatabaseConnectionName}", _servers.DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", _servers.MessagingConnectionString);
        builder.UseSetting("Authentication:SigningKey", _servers.Tokens.Options.SigningKey);
        builder.UseSetting("Authentication:Issuer", _servers.Tokens.Options.Issuer);
        builder.UseSetting("Authentication:Audience", _servers.Tokens.Options.Audience);
        builder.UseSetting("Projection:PollInterval", "00:00:00.100");
    }
}
