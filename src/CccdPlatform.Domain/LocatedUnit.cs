using CccdPlatform.Contracts;

namespace CccdPlatform.Domain;

/// <summary>A unit code stored without its map, placed in the map it belongs to (<see cref="UnitMaps.Locate"/>).</summary>
public sealed record LocatedUnit(UnitPath Path, UnitMap Map);
