namespace CccdPlatform.Reporting.Model;

/// <summary>
/// One running figure of a unit, counting the unit and every unit under it (see <see cref="Metrics"/>). A report of a
/// province reads its few dozen rows instead of scanning millions of applications.
/// </summary>
public sealed class UnitProgress
{
    public required string UnitCode { get; init; }
    public required string Metric { get; init; }
    public long Count { get; set; }
}
