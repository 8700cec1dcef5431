using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>
/// One running figure of a unit, counting the unit and every unit under it (see <see cref="Metrics"/>). A report of a
/// province reads its few dozen rows instead of scanning millions of applications. A code means a unit only with its
/// map (14758 is Đông Thọ in 2023, Hàm Rồng since 2025), so the map is part of every counter's key.
/// </summary>
public sealed class UnitProgress : ICounterRow
{
    public UnitMap Map { get; init; }
    public required string UnitCode { get; init; }
    public required string Metric { get; init; }
    public long Count { get; set; }
}
