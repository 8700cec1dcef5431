using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>
/// An eligible population that Operations set for a unit, for units whose rosters are missing or incomplete. Not a
/// projection: it is reporting's own data and survives a rebuild.
/// </summary>
public sealed class UnitTarget
{
    public UnitMap Map { get; init; }
    public required string UnitCode { get; init; }
    public long Eligible { get; set; }
    public required string SetBy { get; set; }
    public DateTimeOffset SetAt { get; set; }
}
