using System.Security.Claims;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Reporting.Apis;

/// <summary>
/// Reports only for units the caller covers, in either map. A code today's map does not hold but the 2023 map does (a
/// district) is that old unit's for access. A unit reporting has never heard of has no figures to leak, so anyone may
/// read its zeros; changing anything about such a unit is left to Admin and to the unit's own officers.
/// </summary>
public static class UnitAccess
{
    public static bool MayRead(ClaimsPrincipal user, UnitInfo unit, UnitMaps maps) =>
        Placed(unit, maps) is not { } placed || Covers(user, placed, maps);

    public static bool MayChange(ClaimsPrincipal user, UnitInfo unit, UnitMaps maps) => Placed(unit, maps) is { } placed
        ? Covers(user, placed, maps)
        : user.IsInRole(Roles.Admin) || user.UnitCodeOf() == unit.Code;

    public static ValidationProblem InvalidUnitCode(string field = "unitCode") => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = ["A unit code is 2 (province), 3 (district) or 5 (commune) digits."] });

    /// <summary>The unit with its place in a map, or null for a code neither map nor any event placed.</summary>
    private static UnitInfo? Placed(UnitInfo unit, UnitMaps maps) =>
        unit.IsKnown ? unit
        : unit.Map == UnitMap.TwoTier2025 && maps.ThreeTier.PathOf(unit.Code) is { } path ? unit with { Path = path, Map = UnitMap.ThreeTier2023 }
        : null;

    /// <summary>
    /// The caller's unit (a code of today's map, or of the 2023 map on an older token) covers the unit in its own map;
    /// an old unit placed under its 2025 successor; or a new unit all of whose old units lay under the caller's old unit.
    /// </summary>
    private static bool Covers(ClaimsPrincipal user, UnitInfo unit, UnitMaps maps)
    {
        // The platform's scope rule (UnitMaps.IsWithin), then what only reports need: an old unit's officer over the new.
        if (user.Covers(unit.Path!, unit.Map, maps))
        {
            return true;
        }

        if (unit.Map == UnitMap.ThreeTier2023 || user.UnitCodeOf() is not { Length: > 0 } caller)
        {
            return false;
        }

        var former = maps.FormerUnitsOf(unit.Code).Where(c => UnitCodes.LevelOf(c) == unit.Level).ToList();
        return maps.TwoTier.Find(caller) is null
               && former.Count > 0
               && former.All(c => maps.ThreeTier.PathOf(c)?.SelfAndAncestors().Contains(caller) == true);
    }
}
