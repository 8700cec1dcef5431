using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// The net change a batch of events makes to the counters, summed in memory so that each counter row is written once
/// per batch however many events touched it (the province's rows are touched by every event). Every key starts with
/// the map its unit code belongs to.
/// </summary>
public sealed class CounterDeltas
{
    public Dictionary<(UnitMap Map, string Unit, string Metric), long> Units { get; } = [];
    public Dictionary<(UnitMap Map, string Unit, DateOnly Day, string Metric), long> Days { get; } = [];
    public Dictionary<(UnitMap Map, string Unit, DateOnly Day, string Kind, string Code), long> Teams { get; } = [];

    public void Unit(UnitMap map, string unit, string metric, long delta) => Add(Units, (map, unit, metric), delta);

    public void Day(UnitMap map, string unit, DateOnly day, string metric, long delta) => Add(Days, (map, unit, day, metric), delta);

    public void Team(UnitMap map, string unit, DateOnly day, string kind, string code, long delta) =>
        Add(Teams, (map, unit, day, kind, code), delta);

    /// <summary>Drops the counters whose changes cancelled out.</summary>
    public void Compact()
    {
        Compact(Units);
        Compact(Days);
        Compact(Teams);
    }

    private static void Compact<TKey>(Dictionary<TKey, long> counters) where TKey : notnull
    {
        foreach (var key in counters.Where(c => c.Value == 0).Select(c => c.Key).ToList())
        {
            counters.Remove(key);
        }
    }

    private static void Add<TKey>(Dictionary<TKey, long> counters, TKey key, long delta) where TKey : notnull =>
        counters[key] = counters.GetValueOrDefault(key) + delta;
}
