using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Reporting.Model;

/// <summary>
/// A unit as a report counts it: its own counters in the report's map and, when the report rolls the old map up, the
/// counters of the 2023 units of its level whose successor it is (a province's old provinces, a commune's old communes).
/// </summary>
public sealed record ReportedUnit(UnitInfo Unit, bool RollsUp, IReadOnlyList<UnitSuccession> Former)
{
    public UnitMap Map => Unit.Map;

    public IReadOnlyList<string> FormerCodes { get; } = Former.Select(f => f.OldCode).ToList();

    /// <summary>The map a report of the period from <paramref name="from"/> to <paramref name="to"/> uses: the map of its last day.</summary>
    public static UnitMap MapOf(DateOnly from, DateOnly to) => UnitMaps.MapOn(to);

    /// <summary>True for a period that spans 1 July 2025: its old figures are rolled up into the new units.</summary>
    public static bool Spans(DateOnly from, DateOnly to) => from < UnitMaps.ReformDay && to >= UnitMaps.ReformDay;
}
