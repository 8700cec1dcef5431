using CccdPlatform.Reporting.Extensions;
using CccdPlatform.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.Reporting.Tests;

/// <summary>One run of the reporting service on <see cref="ReportingServers"/>; optionally on a real port, for a browser.</summary>
public sealed class ReportingHost : GracefulWebApplicationFactory<Program>
{
    private readonly ReportingServers _servers;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private ReportingHost(ReportingServers servers, IReadOnlyDictionary<string, string>? settings = null)
    {
        _servers = servers;
        _settings = settings ?? new Dictionary<string, string>();
    }

    /// <param name="settings">Configuration over the test defaults, such as <c>Reporting:Batch:TimeLimit</c>.</param>
    public static ReportingHost Start(ReportingServers servers, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new ReportingHost(servers, settings);
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

    /// <summary>
    /// Connects an observer to this instance's bus, off the caller's flow: connecting sets MassTransit's log context, an
    /// AsyncLocal, and an instance started later from that flow would log through this one's logger factory, which is
    /// disposed with it (the next instance then fails to create its bus).
    /// </summary>
    public Task ObserveAsync<T>(IConsumeMessageObserver<T> observer) where T : class =>
        Task.Run(() => Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(observer));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{ReportingServiceExtensions.DatabaseConnectionName}", _servers.DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", _servers.MessagingConnectionString);
        builder.UseSetting("Authentication:SigningKey", _servers.Tokens.Options.SigningKey);
        builder.UseSetting("Authentication:Issuer", _servers.Tokens.Options.Issuer);
        builder.UseSetting("Authentication:Audience", _servers.Tokens.Options.Audience);
        builder.UseSetting("Projection:PollInterval", "00:00:00.100");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
