using CccdPlatform.ServiceDefaults.Http;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// Projects stored events as they arrive, batch after batch while there are any: under load a batch holds whatever
/// arrived during the previous one, so the counters are written once per batch instead of once per event. After a
/// failure it goes one event at a time for a while, so that an event that can never be projected is found and set
/// aside instead of holding back every event after it.
/// </summary>
public sealed class Projector(
    IServiceScopeFactory scopes,
    ProjectionSignal signal,
    IOptions<ProjectionOptions> options,
    TimeProvider clock,
    ILogger<Projector> logger) : BackgroundService
{
    private const int AttemptsBeforeSkipping = 5;
    private const int CarefulBatches = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var failures = 0;
        var careful = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var batch = scope.ServiceProvider.GetRequiredService<ProjectionBatch>();
                if (failures >= AttemptsBeforeSkipping)
                {
                    await batch.SkipOldestAsync(failures, stoppingToken);
                    failures = 0;
                    continue;
                }

                var projected = await batch.RunAsync(careful > 0 ? 1 : settings.BatchSize, stoppingToken);
                failures = 0;
                careful = Math.Max(0, careful - 1);
                if (projected == 0)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (DatabaseUnavailableExceptionHandler.IsTransientDatabaseFailure(exception))
            {
                // The database is away (a restart, a failover): no event is to blame, so none is skipped for it.
                logger.LogWarning(exception, "The database is unavailable; projecting again shortly");
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (Exception exception)
            {
                failures = careful > 0 ? failures + 1 : 1;
                careful = CarefulBatches;
                logger.LogWarning(exception, "Projecting stored events failed (attempt {Attempt}); retrying shortly", failures);
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
