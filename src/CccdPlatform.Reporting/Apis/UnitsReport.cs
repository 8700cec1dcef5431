using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

public static class UnitsReport
{
    private static readonly string[] Figures = [Metrics.Received, Metrics.Covered, Metrics.RosterEligible];

    public static async Task<UnitsReportView> ReadAsync(
        ReportingDbContext db, UnitDirectory units, UnitInfo unit, CancellationToken cancellationToken)
    {
        var children = unit.IsKnown ? await units.ChildrenOfAsync(unit, db, cancellationToken) : [];
        var codes = children.Select(c => c.Code).ToList();
        var counters = (await db.UnitProgress.AsNoTracking()
                .Where(p => codes.Contains(p.UnitCode) && Figures.Contains(p.Metric))
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.UnitCode);
        var targets = await db.UnitTargets.AsNoTracking().Where(t => codes.Contains(t.UnitCode))
            .ToDictionaryAsync(t => t.UnitCode, t => t.Eligible, cancellationToken);

        return new UnitsReportView(unit.Code, unit.Name, children.Select(child =>
        {
            var figures = counters[child.Code].ToDictionary(p => p.Metric, p => p.Count);
            var covered = figures.GetValueOrDefault(Metrics.Covered);
            var roster = figures.GetValueOrDefault(Metrics.RosterEligible);
            var eligible = targets.TryGetValue(child.Code, out var target) ? target : roster > 0 ? roster : (long?)null;
            return new UnitFiguresView(
                child.Code,
                child.Name,
                figures.GetValueOrDefault(Metrics.Received),
                covered,
                eligible,
                ProgressReport.CoverageOf(covered, eligible),
                eligible is { } e ? Math.Max(e - covered, 0) : null);
        }).ToList());
    }

    public static readonly IReadOnlyList<string> CsvHeader = ["unitCode", "name", "received", "covered", "eligible", "coverage", "remaining"];

    public static IEnumerable<IEnumerable<object?>> CsvRows(UnitsReportView report) => report.Units.Select(u =>
        (IEnumerable<object?>)[u.UnitCode, u.Name, u.Received, u.Covered, u.Eligible, u.Coverage, u.Remaining]);
}
