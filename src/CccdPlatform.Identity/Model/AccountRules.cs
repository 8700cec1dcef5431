using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Identity.Model;

/// <summary>The rules of officer accounts, written once for the pages and the API.</summary>
public static class AccountRules
{
    public const int MaxFailedSignIns = 5;

    /// <summary>Those who manage people or the platform sign in with a second factor.</summary>
    public static bool RequiresSecondFactor(string role) => role is Roles.Supervisor or Roles.Admin;

    /// <summary>
    /// An Admin manages the officers (and the registry) of their own unit and of the units under it, an old unit being
    /// under the new unit it became part of.
    /// </summary>
    public static bool Manages(string managerRole, string managerUnit, LocatedUnit officerUnit, UnitMaps maps) =>
        managerRole == Roles.Admin && maps.IsWithin(officerUnit.Path, officerUnit.Map, managerUnit);

    /// <summary>An Admin sees what they manage; a Supervisor sees, without changing anything, their own unit's officers.</summary>
    public static bool Sees(string viewerRole, string viewerUnit, LocatedUnit officerUnit, UnitMaps maps) =>
        Manages(viewerRole, viewerUnit, officerUnit, maps)
        || (viewerRole == Roles.Supervisor && officerUnit.Path.SelfAndAncestors().Last() == viewerUnit);
}
