using CccdPlatform.Domain;
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
    ILogger<DeadlineMonitor> logger) : PollingWorker(null, logger)
{
    public const int BatchSize = 200;

    protected override TimeSpan Interval => options.Value.DeadlineCheckInterval;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var year = VietnamTime.DateOf(clock.GetUtcNow()).Year;
        if (!options.Value.Holidays.Any(h => h.Year == year))
        {
            Logger.LogWarning("No public holidays are configured for {Year} (EIdentification:Holidays): deadlines skip weekends only", year);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken) =>
        await MarkBreachesAsync(cancellationToken) == BatchSize;

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
        if (overdue.Count == 0)
        {
            return 0;
        }

        using var activity = TelemetryNames.Source.StartActivity("mark deadline breaches");
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

        var metrics = scope.ServiceProvider.GetRequiredService<EIdentificationMetrics>();
        overdue.ForEach(request => metrics.Breached(request.Level, request.Kind));
        return overdue.Count;
    }
}
