using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>
/// A unit whose place in the tree reporting learned from an event. Reporting does not own the unit tree: this, with
/// the reference list, is how it knows which province a district lies in when it checks a caller's scope.
/// </summary>
public sealed class KnownUnit
{
    public UnitMap Map { get; init; }
    public required string Code { get; init; }
    public required string ProvinceCode { get; init; }
    public string? DistrictCode { get; init; }
    public string? CommuneCode { get; init; }
}
