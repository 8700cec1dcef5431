using System.Security.Claims;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Reporting.Apis;

/// <summary>
/// Reports only for units the caller covers. A unit reporting has never heard of has no figures to leak, so anyone may
/// read its zeros; changing anything about such a unit is left to Admin and to the unit's own officers.
/// </summary>
public static class UnitAccess
{
    public static bool MayRead(ClaimsPrincipal user, UnitInfo unit) => unit.Path is null || user.Covers(unit.Path);

    public static bool MayChange(ClaimsPrincipal user, UnitInfo unit) => unit.Path is not null
        ? user.Covers(unit.Path)
        : user.IsInRole(Roles.Admin) || user.UnitCodeOf() == unit.Code;

    public static ValidationProblem InvalidUnitCode(string field = "unitCode") => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = ["A unit code is 2 (province), 3 (district) or 5 (commune) digits."] });
}
