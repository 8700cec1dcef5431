using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using CccdPlatform.AppHost;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>
/// The whole platform started through the AppHost, as <c>./run.sh</c> does, with RabbitMQ and PostgreSQL as local
/// processes and the gateway on a free port.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    public DistributedApplication App { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CccdPlatform_AppHost>(
        [
            "--Infrastructure:Mode=Local",
            $"--Gateway:Port={FreePort()}",
            "--environment=Development",
        ]);
        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
        Gateway = App.CreateHttpClient(ResourceNames.Gateway);
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
