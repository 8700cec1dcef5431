using CccdPlatform.ServiceDefaults;
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
    ILogger<Projector> logger) : PollingWorker(signal, logger)
{
    private const int AttemptsBeforeSkipping = 5;
    private const int CarefulBatches = 100;

    private int _failures;
    private int _careful;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var batch = scope.ServiceProvider.GetRequiredService<ProjectionBatch>();
        if (_failures >= AttemptsBeforeSkipping)
        {
            await batch.SkipOldestAsync(_failures, cancellationToken);
            _failures = 0;
            return true;
        }

        var projected = await batch.RunAsync(_careful > 0 ? 1 : options.Value.BatchSize, cancellationToken);
        _failures = 0;
        _careful = Math.Max(0, _careful - 1);
        return projected > 0;
    }

    protected override void OnFailure(Exception exception)
    {
        if (DatabaseUnavailableExceptionHandler.IsTransientDatabaseFailure(exception))
        {
            // The database is away (a restart, a failover): no event is to blame, so none is skipped for it.
            Logger.LogWarning(exception, "The database is unavailable; projecting again shortly");
            return;
        }

        _failures = _careful > 0 ? _failures + 1 : 1;
        _careful = CarefulBatches;
        Logger.LogWarning(exception, "Projecting stored events failed (attempt {Attempt}); retrying shortly", _failures);
    }
}
