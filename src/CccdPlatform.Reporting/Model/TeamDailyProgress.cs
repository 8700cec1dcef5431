using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>Records collected on one day within a unit by one team or on one reception machine.</summary>
public sealed class TeamDailyProgress : ICounterRow
{
    public UnitMap Map { get; init; }
    public required string UnitCode { get; init; }
    public DateOnly Day { get; init; }

    /// <summary><see cref="Metrics.Team"/> or <see cref="Metrics.Machine"/>.</summary>
    public required string Kind { get; init; }

    public required string Code { get; init; }
    public long Count { get; set; }
}
