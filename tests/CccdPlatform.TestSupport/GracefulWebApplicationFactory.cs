using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CccdPlatform.TestSupport;

/// <summary>
/// Stops the service it hosts as a deployment does: the application's own <c>app.Run</c> stops every hosted service, the
/// bus and its messages in flight included, and only then disposes the container. WebApplicationFactory alone stops the
/// host a second time alongside <c>app.Run</c> (dotnet/aspnetcore#40271); MassTransit returns at once from the second
/// stop, so the container went away while the bus was still finishing a batch. That batch could not be consumed, and its
/// messages stayed unacknowledged on a connection that nothing in the test process closes.
/// </summary>
public class GracefulWebApplicationFactory<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(1);
    private IHost? _host;

    protected override IHost CreateHost(IHostBuilder builder) => _host = base.CreateHost(builder);

    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (Interlocked.Exchange(ref _host, null) is { } host)
            {
                var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
                var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                await using var registration = lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
                lifetime.StopApplication();
                await stopped.Task.WaitAsync(StopTimeout);
            }
        }
        finally
        {
            await base.DisposeAsync();
        }
    }
}
