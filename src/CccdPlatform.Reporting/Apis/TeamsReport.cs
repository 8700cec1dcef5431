using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

public static class TeamsReport
{
    public static async Task<TeamsReportView> ReadAsync(
        ReportingDbContext db, ReportedUnit reported, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var unit = reported.Unit;
        if (!unit.IsKnown)
        {
            return new TeamsReportView(unit.Code, unit.Map, from, to, [], [], [], []);
        }

        var rows = await db.TeamDailyProgress.AsNoTracking().Of(reported)
            .Where(t => t.Day >= from && t.Day <= to && t.Count != 0)
            .ToListAsync(cancellationToken);
        var codes = rows.Select(r => r.Code).Distinct().ToList();
        // The entries that named this range's work (wherever registered) and every entry registered within the unit.
        var registered = await db.Set<RegistryEntry>().AsNoTracking()
            .Where(e => e.Kind != RegistryKind.Station)
            .Where(e => codes.Contains(e.Code)
                        || e.ProvinceCode == unit.Code || e.DistrictCode == unit.Code || e.CommuneCode == unit.Code)
            .ToListAsync(cancellationToken);
        var teams = League(rows, Metrics.Team, Names(registered, RegistryKind.Team));
        var machines = League(rows, Metrics.Machine, Names(registered, RegistryKind.Machine));
        return new TeamsReportView(unit.Code, unit.Map, from, to, teams, machines,
            Idle(registered, RegistryKind.Team, unit.Code, teams), Idle(registered, RegistryKind.Machine, unit.Code, machines));
    }

    private static Dictionary<string, string?> Names(List<RegistryEntry> registered, RegistryKind kind) =>
        registered.Where(e => e.Kind == kind).ToDictionary(e => e.Code, e => e.Name);

    private static List<TeamView> League(List<TeamDailyProgress> rows, string kind, Dictionary<string, string?> names) => rows
        .Where(r => r.Kind == kind)
        .GroupBy(r => r.Code)
        .Select(g => new TeamView(
            g.Key, names.GetValueOrDefault(g.Key), g.Sum(r => r.Count),
            g.GroupBy(r => r.Day).OrderBy(d => d.Key).Select(d => new TeamDayView(d.Key, d.Sum(r => r.Count))).ToList()))
        .OrderByDescending(t => t.Records).ThenBy(t => t.Code, StringComparer.Ordinal)
        .ToList();

    private static List<IdleView> Idle(List<RegistryEntry> registered, RegistryKind kind, string unitCode, List<TeamView> worked)
    {
        var busy = worked.Select(w => w.Code).ToHashSet();
        return registered
            .Where(e => e.Kind == kind && e.Active && e.Unit.SelfAndAncestors().Contains(unitCode) && !busy.Contains(e.Code))
            .OrderBy(e => e.Code, StringComparer.Ordinal)
            .Select(e => new IdleView(e.Code, e.Name, e.UnitCode))
            .ToList();
    }

    public static readonly IReadOnlyList<string> CsvHeader = ["kind", "code", "day", "records"];

    public static IEnumerable<IEnumerable<object?>> CsvRows(TeamsReportView report) =>
        report.Teams.SelectMany(t => t.Days.Select(d => (IEnumerable<object?>)[Metrics.Team, t.Code, d.Day, d.Records]))
            .Concat(report.Machines.SelectMany(m => m.Days.Select(d => (IEnumerable<object?>)[Metrics.Machine, m.Code, d.Day, d.Records])));
}
