using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.ServiceDefaults;

/// <summary>
/// A background loop: it looks for work, looks again at once while a pass says more may be waiting, and otherwise
/// waits for its wake signal or its interval. A pass that finds nothing leaves no trace (database commands are traced
/// only inside a trace, see <c>DatabaseExtensions</c>); a pass that finds work starts its activity once it has.
/// </summary>
public abstract class PollingWorker(WakeSignal? signal, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    /// <summary>How long the loop sleeps when no signal woke it, and after a failed pass.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One look for work; true when more may be waiting, so the next look comes without waiting.</summary>
    protected abstract Task<bool> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>A pass failed; the loop tries again after one interval.</summary>
    protected virtual void OnFailure(Exception exception) =>
        Logger.LogWarning(exception, "{Worker} failed; trying again in {Interval}", GetType().Name, Interval);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Started inside an activity (the host's or a test's), every pass would join that one trace.
        Activity.Current = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken))
                {
                    continue;
                }

                await (signal?.WaitAsync(Interval, stoppingToken) ?? Task.Delay(Interval, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                OnFailure(exception);
                await Task.Delay(Interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
