using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Reporting.Model;

/// <summary>A unit of one map as reports show it. <see cref="Path"/> is null for a unit reporting has never heard of.</summary>
public sealed record UnitInfo(string Code, string? Name, UnitLevel Level, UnitPath? Path, UnitMap Map)
{
    public bool IsKnown => Path is not null;
}
