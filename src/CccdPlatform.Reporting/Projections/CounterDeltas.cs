namespace CccdPlatform.Reporting.Projections;

/// <summary>
/// The net change a batch of events makes to the counters, summed in memory so that each counter row is written once
/// per batch however many events touched it (the province's rows are touched by every event).
/// </summary>
public sealed class CounterDeltas
{
    public Dictionary<(string Unit, string Metric), long> Units { get; } = [];
    public Dictionary<(string Unit, DateOnly Day, string Metric), long> Days { get; } = [];
    public Dictionary<(string Unit, DateOnly Day, string Kind, string Code), long> Teams { get; } = [];

    public void Unit(string unit, string metric, long delta) => Add(Units, (unit, metric), delta);

    public void Day(string unit, DateOnly day, string metric, long delta) => Add(Days, (unit, day, metric), delta);

    public void Team(string unit, DateOnly day, string kind, string code, long delta) => Add(Teams, (unit, day, kind, code), delta);

    /// <summary>Drops the counters whose changes cancelled out.</summary>
    public void Compact()
    {
        foreach (var key in Units.Where(u => u.Value == 0).Select(u => u.Key).ToList())
        {
            Units.Remove(key);
        }

        foreach (var key in Days.Where(d => d.Value == 0).Select(d => d.Key).ToList())
        {
            Days.Remove(key);
        }

        foreach (var key in Teams.Where(t => t.Value == 0).Select(t => t.Key).ToList())
        {
            Teams.Remove(key);
        }
    }

    private static void Add<TKey>(Dictionary<TKey, long> counters, TKey key, long delta) where TKey : notnull =>
        counters[key] = counters.GetValueOrDefault(key) + delta;
}
