using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>
/// Records each request still unfulfilled at the end of its deadline as breached, once, and announces it. Several
/// instances may run: the breach is a concurrency token, so only one of them records a given request.
/// </summary>
public sealed class DeadlineMonitor(
    IServiceScopeFactory scopes,
    IOptions<EIdentificationOptions> options,
    TimeProvider clock,
    ILogger<DeadlineMonitor> logger) : BackgroundService
{
    public const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var year = VietnamTime.DateOf(clock.GetUtcNow()).Year;
        if (!options.Value.Holidays.Any(h => h.Year == year))
        {
            logger.LogWarning("No public holidays are configured for {Year} (EIdentification:Holidays): deadlines skip weekends only", year);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await MarkBreachesAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Looking for overdue requests failed; trying again at the next check");
            }

            await Task.Delay(options.Value.DeadlineCheckInterval, clock, stoppingToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Marks one batch of newly overdue requests and returns how many.</summary>
    public async Task<int> MarkBreachesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EIdentificationDbContext>();
        var now = clock.GetUtcNow();
        var overdue = await db.AccountRequests.Include(r => r.Account)
            .Where(r => r.FulfilledAt == null && r.BreachedAt == null && r.DueAt <= now)
            .OrderBy(r => r.DueAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var request in overdue)
        {
            request.MarkBreached(now);
            db.AddDeadlineBreached(request, clock);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A fulfilment or another instance got to one of them first; the rest are taken at the next check.
            return 0;
        }

        return overdue.Count;
    }
}
