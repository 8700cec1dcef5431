using Microsoft.Extensions.Options;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// Projects stored events as they arrive, batch after batch while there are any: under load a batch holds whatever
/// arrived during the previous one, so the counters are written once per batch instead of once per event.
/// </summary>
public sealed class Projector(
    IServiceScopeFactory scopes,
    ProjectionSignal signal,
    IOptions<ProjectionOptions> options,
    TimeProvider clock,
    ILogger<Projector> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var batch = scope.ServiceProvider.GetRequiredService<ProjectionBatch>();
                if (await batch.RunAsync(settings.BatchSize, stoppingToken) == 0)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Projecting stored events failed; retrying shortly");
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
