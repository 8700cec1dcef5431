namespace CccdPlatform.Reporting.Model;

/// <summary>A figure of a unit for one Vietnamese calendar day of collection.</summary>
public sealed class DailyProgress
{
    public required string UnitCode { get; init; }
    public DateOnly Day { get; init; }
    public required string Metric { get; init; }
    public long Count { get; set; }
}
