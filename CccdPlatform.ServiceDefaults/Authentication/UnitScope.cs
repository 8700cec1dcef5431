using System.Security.Claims;
using CccdPlatform.Contracts;

namespace CccdPlatform.ServiceDefaults.Authentication;

/// <summary>
/// An officer acts within their unit and the units under it (province > district > commune); Admin acts everywhere.
/// </summary>
public static class UnitScope
{
    public static bool Covers(this ClaimsPrincipal user, UnitPath unit) =>
        user.IsInRole(Roles.Admin) || unit.SelfAndAncestors().Contains(user.UnitCodeOf());
}
