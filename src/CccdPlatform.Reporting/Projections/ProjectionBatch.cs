using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Reporting.Extensions;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// Projects the oldest pending stored events in one transaction: application and roster rows, counters, the units
/// learned, and the removal of the events from the queue all commit together, so each event counts exactly once.
/// </summary>
public sealed class ProjectionBatch(
    ReportingDbContext db, UnitDirectory units, ReportingMetrics metrics, TimeProvider clock, ILogger<ProjectionBatch> logger)
{
    public async Task<int> RunAsync(int batchSize, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var projector = await ProjectorLease.TakeAsync(db, cancellationToken);
        var events = await db.PendingEvents.OrderBy(p => p.Sequence).Take(batchSize)
            .Join(db.StoredEvents, p => p.Sequence, e => e.Sequence, (_, e) => e)
            .OrderBy(e => e.Sequence)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return 0;
        }

        using var activity = TelemetryNames.Source.StartActivity("project stored events");
        activity?.SetTag("cccd.reporting.events", events.Count);
        var messages = new List<object>(events.Count);
        foreach (var stored in events)
        {
            var (message, problem) = ProjectedEvents.Read(stored);
            if (message is null)
            {
                // Kept in the store for a later fix and rebuild, but never allowed to block the events after it.
                logger.LogError("Stored event {Sequence} ({Type}) is skipped by the projections: {Problem}", stored.Sequence, stored.Type, problem);
                continue;
            }

            messages.Add(message);
        }

        var read = clock.GetElapsedTime(started).TotalMilliseconds;
        var deltas = new CounterDeltas();
        await ProjectApplicationsAsync(messages, deltas, cancellationToken);
        await RosterProjection.ApplyAsync(db, messages.OfType<RosterImported>().ToList(), deltas, cancellationToken);
        await EIdProjection.ApplyAsync(db, messages, deltas, cancellationToken);
        var learned = await LearnUnitsAsync(messages, cancellationToken);
        var applied = clock.GetElapsedTime(started).TotalMilliseconds;
        await db.SaveChangesAsync(cancellationToken);
        var saved = clock.GetElapsedTime(started).TotalMilliseconds;

        deltas.Compact();
        await CounterStore.AddAsync(db, deltas, cancellationToken);
        var counted = clock.GetElapsedTime(started).TotalMilliseconds;
        var sequences = events.Select(e => e.Sequence).ToList();
        await db.PendingEvents.Where(p => sequences.Contains(p.Sequence)).ExecuteDeleteAsync(cancellationToken);
        projector.ProjectedEvents += events.Count;
        projector.LastProjectedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        metrics.Projected(messages, clock.GetUtcNow());
        units.Remember(learned);
        logger.LogDebug("Projected {Events} events into {Counters} counter rows in {Elapsed:0} ms (read {Read:0}, applied {Applied:0}, saved {Saved:0}, counted {Counted:0})",
            events.Count, deltas.Units.Count + deltas.Days.Count + deltas.Teams.Count, clock.GetElapsedTime(started).TotalMilliseconds,
            read, applied, saved, counted);
        return events.Count;
    }

    /// <summary>Takes the oldest pending event off the queue unprojected, after it failed again and again.</summary>
    public async Task SkipOldestAsync(int attempts, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var projector = await ProjectorLease.TakeAsync(db, cancellationToken);
        var oldest = await db.PendingEvents.OrderBy(p => p.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (oldest is null)
        {
            return;
        }

        db.PendingEvents.Remove(oldest);
        projector.SkippedEvents++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogError("Stored event {Sequence} failed to project {Attempts} times and is skipped; a rebuild retries it", oldest.Sequence, attempts);
    }

    private async Task ProjectApplicationsAsync(List<object> messages, CounterDeltas deltas, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m switch
        {
            ApplicationReceived r => r.ApplicationId,
            ApplicationStatusChanged c => c.ApplicationId,
            _ => Guid.Empty,
        }).Where(id => id != Guid.Empty).ToHashSet();
        var states = await ApplicationStates.LoadAsync(db, ids, cancellationToken);
        foreach (var message in messages)
        {
            switch (message)
            {
                case ApplicationReceived received:
                    ApplicationProjection.Apply(received, states, deltas);
                    break;
                case ApplicationStatusChanged changed:
                    ApplicationProjection.Apply(changed, states, deltas);
                    break;
            }
        }

        await states.SaveAsync(db, cancellationToken);
    }

    private async Task<List<KnownUnit>> LearnUnitsAsync(List<object> messages, CancellationToken cancellationToken)
    {
        var candidates = messages
            .SelectMany(m => ProjectedEvents.UnitsOf(m).OfType<UnitPath>().SelectMany(UnitCodes.Chain).Select(u => (Map: EventMaps.Of(m), u.Code, u.Path)))
            .Where(u => !units.IsKnown(u.Map, u.Code))
            .DistinctBy(u => (u.Map, u.Code))
            .ToDictionary(u => (u.Map, u.Code), u => u.Path);
        if (candidates.Count == 0)
        {
            return [];
        }

        var codes = candidates.Keys.Select(k => k.Code).Distinct().ToList();
        var stored = await db.KnownUnits.Where(u => codes.Contains(u.Code)).AsNoTracking().ToListAsync(cancellationToken);
        var learned = candidates.Where(c => !stored.Any(s => s.Map == c.Key.Map && s.Code == c.Key.Code))
            .Select(c => new KnownUnit
            {
                Map = c.Key.Map,
                Code = c.Key.Code,
                ProvinceCode = c.Value.ProvinceCode,
                DistrictCode = c.Value.DistrictCode,
                CommuneCode = c.Value.CommuneCode,
            }).ToList();
        db.KnownUnits.AddRange(learned);
        return [.. learned, .. stored];
    }
}
