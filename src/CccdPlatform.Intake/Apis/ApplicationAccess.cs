using System.Security.Claims;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Intake.Apis;

public static class ApplicationAccess
{
    /// <summary>
    /// The collecting unit's officers and those above them see an application; so does the citizen's home province,
    /// which must report applications collected for it elsewhere. Old-map applications are under the units they became part of.
    /// </summary>
    public static bool CanSee(this ClaimsPrincipal user, CitizenApplication application, UnitMaps maps) =>
        user.CanActOn(application, maps)
        || (user.UnitCodeOf() is { Length: > 0 } code
            && maps.IsWithin(new UnitPath(application.PermanentAddress.ProvinceCode, null, null), application.Map, code));

    public static bool CanActOn(this ClaimsPrincipal user, CitizenApplication application, UnitMaps maps) =>
        user.Covers(application.CollectingUnit, application.Map, maps);
}
