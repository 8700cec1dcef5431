using CccdPlatform.Contracts.Intake;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// A roster gives a commune's eligible total: it replaces the commune's figure, and the district and province move by
/// the difference. A roster older than the one held (arriving late) changes nothing. A roster is of the map of the day it
/// was imported: the same code names another commune on the other side of 1 July 2025.
/// </summary>
public static class RosterProjection
{
    public static async Task ApplyAsync(
        ReportingDbContext db, IReadOnlyList<RosterImported> imports, CounterDeltas deltas, CancellationToken cancellationToken)
    {
        if (imports.Count == 0)
        {
            return;
        }

        var codes = imports.Select(i => i.Commune.CommuneCode!).Distinct().ToList();
        var rosters = await db.CommuneRosters.Where(r => codes.Contains(r.CommuneCode))
            .ToDictionaryAsync(r => (r.Map, r.CommuneCode), cancellationToken);
        foreach (var import in imports)
        {
            var code = (Map: EventMaps.Of(import), Commune: import.Commune.CommuneCode!);
            var roster = rosters.GetValueOrDefault(code);
            if (roster is not null && import.ImportedAt <= roster.ImportedAt)
            {
                continue;
            }

            if (roster is null)
            {
                roster = new CommuneRoster { Map = code.Map, CommuneCode = code.Commune };
                db.CommuneRosters.Add(roster);
                rosters[code] = roster;
            }

            var difference = import.EligibleCount - roster.EligibleCount;
            roster.EligibleCount = import.EligibleCount;
            roster.ImportedAt = import.ImportedAt.ToUniversalTime();
            foreach (var unit in import.Commune.SelfAndAncestors())
            {
                deltas.Unit(code.Map, unit, Metrics.RosterEligible, difference);
            }
        }
    }
}
