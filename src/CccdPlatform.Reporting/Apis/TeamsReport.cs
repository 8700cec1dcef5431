using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

public static class TeamsReport
{
    public static async Task<TeamsReportView> ReadAsync(
        ReportingDbContext db, UnitInfo unit, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = unit.IsKnown
            ? await db.TeamDailyProgress.AsNoTracking()
                .Where(t => t.UnitCode == unit.Code && t.Day >= from && t.Day <= to && t.Count != 0)
                .ToListAsync(cancellationToken)
            : [];
        return new TeamsReportView(unit.Code, from, to, League(rows, Metrics.Team), League(rows, Metrics.Machine));
    }

    private static List<TeamView> League(List<TeamDailyProgress> rows, string kind) => rows
        .Where(r => r.Kind == kind)
        .GroupBy(r => r.Code)
        .Select(g => new TeamView(
            g.Key, g.Sum(r => r.Count), g.OrderBy(r => r.Day).Select(r => new TeamDayView(r.Day, r.Count)).ToList()))
        .OrderByDescending(t => t.Records).ThenBy(t => t.Code, StringComparer.Ordinal)
        .ToList();

    public static readonly IReadOnlyList<string> CsvHeader = ["kind", "code", "day", "records"];

    public static IEnumerable<IEnumerable<object?>> CsvRows(TeamsReportView report) =>
        report.Teams.SelectMany(t => t.Days.Select(d => (IEnumerable<object?>)[Metrics.Team, t.Code, d.Day, d.Records]))
            .Concat(report.Machines.SelectMany(m => m.Days.Select(d => (IEnumerable<object?>)[Metrics.Machine, m.Code, d.Day, d.Records])));
}
