using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>A figure of a unit for one Vietnamese calendar day of collection.</summary>
public sealed class DailyProgress : ICounterRow
{
    public UnitMap Map { get; init; }
    public required string UnitCode { get; init; }
    public DateOnly Day { get; init; }
    public required string Metric { get; init; }
    public long Count { get; set; }
}
