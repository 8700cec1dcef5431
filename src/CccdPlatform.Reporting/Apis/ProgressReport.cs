using CccdPlatform.Domain;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

/// <summary>Reads a unit's progress from its pre-aggregated rows: a handful of indexed lookups at any scale.</summary>
public static class ProgressReport
{
    public const int ForecastBasisDays = 7;

    public static async Task<ProgressView> ReadAsync(
        ReportingDbContext db, UnitMaps maps, ReportedUnit reported, DateOnly today, CancellationToken cancellationToken)
    {
        var unit = reported.Unit;
        var counters = await CountersOfAsync(db, reported, cancellationToken);
        var target = await db.UnitTargets.AsNoTracking().Where(t => t.Map == unit.Map && t.UnitCode == unit.Code)
            .Select(t => (long?)t.Eligible).FirstOrDefaultAsync(cancellationToken);
        var firstDay = today.AddDays(-ForecastBasisDays);
        var recentlyCovered = unit.IsKnown
            ? await db.DailyProgress.AsNoTracking().Of(reported)
                .Where(d => d.Day >= firstDay && d.Day < today && d.Metric == Metrics.Covered)
                .SumAsync(d => d.Count, cancellationToken)
            : 0;
        var rolledUp = await RollUpReport.ReadAsync(db, maps, reported, null, cancellationToken);
        return Build(unit, counters, target, recentlyCovered, today, rolledUp);
    }

    /// <summary>
    /// The unit's running figures with its former units' added. Rosters are the exception: an old commune's roster and
    /// its successor's count the same people, so only the unit's own rosters count.
    /// </summary>
    public static async Task<Dictionary<string, long>> CountersOfAsync(ReportingDbContext db, ReportedUnit unit, CancellationToken cancellationToken)
    {
        if (!unit.Unit.IsKnown)
        {
            return [];
        }

        var rows = await db.UnitProgress.AsNoTracking().Of(unit).ToListAsync(cancellationToken);
        return rows.Where(r => r.Metric != Metrics.RosterEligible || r.IsOwn(unit))
            .GroupBy(r => r.Metric)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
    }

    public static ProgressView Build(
        UnitInfo unit, Dictionary<string, long> counters, long? target, long recentlyCovered, DateOnly today, RollUpView? rolledUp)
    {
        long Count(string metric) => counters.GetValueOrDefault(metric);
        var byStatus = Breakdown(counters, Metrics.StatusPrefix, Metrics.Statuses);
        var rosterEligible = Count(Metrics.RosterEligible);
        var (eligible, source) = target is not null ? (target, Apis.EligibleSource.Target)
            : rosterEligible > 0 ? (rosterEligible, Apis.EligibleSource.Roster)
            : ((long?)null, (EligibleSource?)null);
        var covered = Count(Metrics.Covered);
        var remaining = eligible is { } e ? Math.Max(e - covered, 0) : (long?)null;
        var rate = (double)recentlyCovered / ForecastBasisDays;
        var eIdLevels = Breakdown(counters, Metrics.EIdLevelPrefix, ["1", "2"]);

        return new ProgressView(
            unit.Code,
            unit.Name,
            unit.Level,
            unit.Map,
            Count(Metrics.Received),
            Breakdown(counters, Metrics.ChannelPrefix, Metrics.Channels),
            Breakdown(counters, Metrics.VisitTypePrefix, Metrics.VisitTypes),
            Breakdown(counters, Metrics.RequestKindPrefix, Metrics.RequestKinds),
            new CrossProvinceView(Count(Metrics.ForOtherProvinces), Count(Metrics.ReceivedElsewhere)),
            byStatus,
            new BiometricsView(
                Metrics.BiometricsAcceptedOrLater.Sum(s => byStatus[s]),
                byStatus["RecaptureNeeded"],
                byStatus["UnderReview"],
                byStatus["Received"]),
            new EIdAccountsView(
                eIdLevels.Values.Sum(), eIdLevels, Breakdown(counters, Metrics.EIdStatePrefix, Metrics.EIdStates), Count(Metrics.EIdDeadlinesBreached)),
            eligible,
            source,
            rosterEligible,
            target,
            covered,
            CoverageOf(covered, eligible),
            remaining,
            new ForecastView(Math.Round(rate, 1), ForecastBasisDays, ForecastDate(remaining, rate, today)),
            today,
            rolledUp);
    }

    public static double? CoverageOf(long covered, long? eligible) =>
        eligible is > 0 ? Math.Round(100.0 * covered / eligible.Value, 2) : null;

    private static DateOnly? ForecastDate(long? remaining, double rate, DateOnly today) => remaining switch
    {
        null => null,
        0 => today,
        _ when rate <= 0 => null,
        _ => today.AddDays((int)Math.Min(Math.Ceiling(remaining.Value / rate), 3650)),
    };

    /// <summary>One dimension's figures: every known value (zero when none), then any other value seen.</summary>
    public static Dictionary<string, long> Breakdown(IReadOnlyDictionary<string, long> counters, string prefix, IEnumerable<string> known)
    {
        var figures = known.ToDictionary(k => k, _ => 0L);
        foreach (var (metric, count) in counters)
        {
            if (metric.StartsWith(prefix, StringComparison.Ordinal))
            {
                figures[metric[prefix.Length..]] = count;
            }
        }

        return figures;
    }
}
