using System.Security.Claims;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.ServiceDefaults.Authentication;

/// <summary>
/// An officer acts within their unit and the units under it (province > district > commune, or province > commune
/// since 1 July 2025); Admin acts everywhere.
/// </summary>
public static class UnitScope
{
    /// <summary>For a unit of the map the officer's code is read in (today's work, or one map only).</summary>
    public static bool Covers(this ClaimsPrincipal user, UnitPath unit) =>
        user.IsInRole(Roles.Admin)
        || (user.UnitCodeOf() is { Length: > 0 } code && unit.SelfAndAncestors().Contains(code));

    /// <summary>For a unit of stored work that says its map: old-map work is also under the new units it became part of.</summary>
    public static bool Covers(this ClaimsPrincipal user, UnitPath unit, UnitMap map, UnitMaps maps) =>
        user.IsInRole(Roles.Admin)
        || (user.UnitCodeOf() is { Length: > 0 } code && maps.IsWithin(unit, map, code));

    /// <summary>For a unit path stored without its map (<see cref="UnitMaps.MapOf"/>).</summary>
    public static bool Covers(this ClaimsPrincipal user, UnitPath unit, UnitMaps maps) => user.Covers(unit, maps.MapOf(unit), maps);

    /// <summary>The answer of every service when the caller's unit does not cover the unit concerned.</summary>
    public static ProblemHttpResult OutsideUnit(string? unitCode) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "This unit is outside yours.",
        detail: $"Unit {unitCode} is neither your unit nor a unit under it.");
}
