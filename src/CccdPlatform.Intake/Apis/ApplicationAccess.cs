using System.Security.Claims;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Intake.Apis;

public static class ApplicationAccess
{
    /// <summary>
    /// The collecting unit's officers and those above them see an application; so does the citizen's home province,
    /// which must report applications collected for it elsewhere.
    /// </summary>
    public static bool CanSee(this ClaimsPrincipal user, CitizenApplication application) =>
        user.Covers(application.CollectingUnit) || user.UnitCodeOf() == application.PermanentAddress.ProvinceCode;
}
