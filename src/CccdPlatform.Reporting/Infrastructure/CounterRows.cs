using CccdPlatform.Contracts;
using CccdPlatform.Reporting.Model;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>Which counter rows make up a report's units, in whichever of the three counter tables.</summary>
public static class CounterRows
{
    /// <summary>The rows that make up a reported unit's figures: its own, and its former units' when it rolls them up.</summary>
    public static IQueryable<T> Of<T>(this IQueryable<T> rows, ReportedUnit unit) where T : class, ICounterRow =>
        rows.Of(unit.Map, [unit.Unit.Code], unit.FormerCodes);

    /// <summary>The rows of units of one map and of units of the 2023 map rolled up into them.</summary>
    public static IQueryable<T> Of<T>(this IQueryable<T> rows, UnitMap map, IReadOnlyCollection<string> codes, IReadOnlyCollection<string> former)
        where T : class, ICounterRow =>
        rows.Where(r => r.Map == map && codes.Contains(r.UnitCode) || r.Map == UnitMap.ThreeTier2023 && former.Contains(r.UnitCode));

    /// <summary>True for a row that is the unit's own, not a former unit's.</summary>
    public static bool IsOwn(this ICounterRow row, ReportedUnit unit) => row.Map == unit.Map && row.UnitCode == unit.Unit.Code;
}
