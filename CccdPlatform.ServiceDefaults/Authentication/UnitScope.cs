using System.Security.Claims;
using CccdPlatform.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.ServiceDefaults.Authentication;

/// <summary>
/// An officer acts within their unit and the units under it (province > district > commune); Admin acts everywhere.
/// </summary>
public static class UnitScope
{
    public static bool Covers(this ClaimsPrincipal user, UnitPath unit) =>
        user.IsInRole(Roles.Admin)
        || (user.UnitCodeOf() is { Length: > 0 } code && unit.SelfAndAncestors().Contains(code));

    /// <summary>The answer of every service when the caller's unit does not cover the unit concerned.</summary>
    public static ProblemHttpResult OutsideUnit(string? unitCode) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "This unit is outside yours.",
        detail: $"Unit {unitCode} is neither your unit nor a unit under it.");
}
