using System.Security.Claims;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>
/// The collecting unit and the units above it see an application's biometrics and act on them; a cross-province
/// application's home province sees them too, as in intake, but acting stays with the collecting side.
/// </summary>
public static class ApplicationAccess
{
    public static bool CanSee(this ClaimsPrincipal user, KnownApplication application) =>
        user.CanActOn(application)
        || (application.HomeProvinceCode is { } home && user.UnitCodeOf() == home);

    public static bool CanActOn(this ClaimsPrincipal user, KnownApplication application) =>
        user.Covers(application.CollectingUnit);

    /// <summary>
    /// A capture is seen as its application is. One that never reached its application (held for it, refused by it, or
    /// expired: no attempt number) is seen by the unit of the officer who took it, so a refused officer learns why.
    /// </summary>
    public static bool CanSee(this ClaimsPrincipal user, Capture capture, KnownApplication application) =>
        user.CanSee(application)
        || (capture.Attempt == 0 && (user.IsInRole(Roles.Admin) || (capture.OfficerUnitCode is { } unit && user.UnitCodeOf() == unit)));

    /// <summary><see cref="CanSee"/> in SQL. Codes of the three levels differ in length, so one code matches one level.</summary>
    public static IQueryable<KnownApplication> VisibleTo(this IQueryable<KnownApplication> applications, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return applications;
        }

        if (user.UnitCodeOf() is not { Length: > 0 } code)
        {
            return applications.Where(_ => false);
        }

        return applications.Where(a => a.CollectingProvinceCode == code || a.CollectingDistrictCode == code
                                       || a.CollectingCommuneCode == code || a.HomeProvinceCode == code);
    }
}
