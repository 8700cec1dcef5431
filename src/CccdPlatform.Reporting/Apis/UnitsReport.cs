using CccdPlatform.Contracts;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

public static class UnitsReport
{
    private static readonly string[] Figures = [Metrics.Received, Metrics.Covered];

    /// <param name="days">The days to count; null for the running totals.</param>
    public static async Task<UnitsReportView> ReadAsync(
        ReportingDbContext db, UnitDirectory units, ReportedUnit parent, (DateOnly From, DateOnly To)? days, CancellationToken cancellationToken)
    {
        var unit = parent.Unit;
        var children = (unit.IsKnown ? await units.ChildrenOfAsync(unit, db, cancellationToken) : [])
            .Select(child => units.Reported(child, parent.RollsUp))
            .ToList();
        var codes = children.Select(c => c.Unit.Code).ToList();
        var former = children.SelectMany(c => c.FormerCodes).ToList();
        var figures = days is (var first, var last)
            ? await db.DailyProgress.AsNoTracking().Of(unit.Map, codes, former)
                .Where(d => d.Day >= first && d.Day <= last && Figures.Contains(d.Metric))
                .GroupBy(d => new { d.Map, d.UnitCode, d.Metric })
                .Select(g => new { g.Key.Map, g.Key.UnitCode, g.Key.Metric, Count = g.Sum(d => d.Count) })
                .ToListAsync(cancellationToken)
            : await db.UnitProgress.AsNoTracking().Of(unit.Map, codes, former)
                .Where(p => Figures.Contains(p.Metric))
                .Select(p => new { p.Map, p.UnitCode, p.Metric, p.Count })
                .ToListAsync(cancellationToken);
        var counters = figures.ToLookup(f => (f.Map, f.UnitCode), f => (f.Metric, f.Count));
        // Rosters count people, not work: only the units' own, never their former units' (the same people again).
        var rosters = await db.UnitProgress.AsNoTracking()
            .Where(p => p.Map == unit.Map && codes.Contains(p.UnitCode) && p.Metric == Metrics.RosterEligible)
            .ToDictionaryAsync(p => p.UnitCode, p => p.Count, cancellationToken);
        var targets = await db.UnitTargets.AsNoTracking().Where(t => t.Map == unit.Map && codes.Contains(t.UnitCode))
            .ToDictionaryAsync(t => t.UnitCode, t => t.Eligible, cancellationToken);

        return new UnitsReportView(unit.Code, unit.Name, unit.Map, days?.From, days?.To, children.Select(reported =>
        {
            var child = reported.Unit;
            long Count(string metric, IEnumerable<(UnitMap, string)> keys) =>
                keys.SelectMany(k => counters[k]).Where(c => c.Metric == metric).Sum(c => c.Count);
            var old = reported.FormerCodes.Select(c => (UnitMap.ThreeTier2023, c)).ToList();
            var own = new[] { (unit.Map, child.Code) };
            var covered = Count(Metrics.Covered, [.. own, .. old]);
            var roster = rosters.GetValueOrDefault(child.Code);
            var eligible = targets.TryGetValue(child.Code, out var target) ? target : roster > 0 ? roster : (long?)null;
            return new UnitFiguresView(
                child.Code,
                child.Name,
                Count(Metrics.Received, [.. own, .. old]),
                covered,
                eligible,
                ProgressReport.CoverageOf(covered, eligible),
                eligible is { } e ? Math.Max(e - covered, 0) : null,
                reported.RollsUp ? Count(Metrics.Received, old) : null);
        }).ToList());
    }

    public static readonly IReadOnlyList<string> CsvHeader =
        ["unitCode", "name", "received", "covered", "eligible", "coverage", "remaining", "receivedInOldUnits"];

    public static IEnumerable<IEnumerable<object?>> CsvRows(UnitsReportView report) => report.Units.Select(u =>
        (IEnumerable<object?>)[u.UnitCode, u.Name, u.Received, u.Covered, u.Eligible, u.Coverage, u.Remaining, u.ReceivedInOldUnits]);
}
