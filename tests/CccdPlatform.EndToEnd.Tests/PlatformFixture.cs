using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using CccdPlatform.AppHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>
/// The whole platform started through the AppHost, as <c>./run.sh</c> does, with RabbitMQ and PostgreSQL as local
/// processes and the gateway on a free port.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>Every line every resource wrote, as the dashboard would show it.</summary>
    public CapturedLogs ServiceLogs { get; } = new();
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Everything the services can say, so the privacy test sees the most there is to leak.</summary>
    protected virtual string? ServiceLogLevel => "Debug";

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CccdPlatform_AppHost>(
        [
            "--Infrastructure:Mode=Local",
            $"--Gateway:Port={FreePort.Take(1)[0]}",
            "--environment=Development",
            .. ServiceLogLevel is { } level ? [$"--Services:LogLevel={level}"] : Array.Empty<string>(),
        ]);
        builder.Services.AddLogging(logging => logging
            .AddProvider(ServiceLogs)
            .AddFilter<ConsoleLoggerProvider>("CccdPlatform.AppHost.Resources", LogLevel.Warning));
        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
        Gateway = App.CreateHttpClient(ResourceNames.Gateway);
    }

    /// <summary>A token of <c>/dev/token</c> through the gateway (the tests run the platform in Development).</summary>
    public async Task<AuthenticationHeaderValue> DevTokenAsync(string role, string unitCode = "38", string subject = "officer-e2e")
    {
        var response = await Gateway.PostAsJsonAsync("/dev/token", new { subject, role, unitCode });
        response.EnsureSuccessStatusCode();
        return new("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
