namespace CccdPlatform.Reporting.Model;

/// <summary>Running totals for one administrative unit, counting everything collected in it and the units under it.</summary>
public sealed class UnitProgress
{
    public required string UnitCode { get; init; }
    public long Received { get; set; }
}
