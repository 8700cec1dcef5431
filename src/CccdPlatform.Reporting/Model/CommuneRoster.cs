using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>The eligible population of a commune from its latest imported roster.</summary>
public sealed class CommuneRoster
{
    public UnitMap Map { get; init; }
    public required string CommuneCode { get; init; }
    public int EligibleCount { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
