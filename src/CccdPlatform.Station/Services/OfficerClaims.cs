using System.Security.Claims;

namespace CccdPlatform.Station.Services;

/// <summary>The claims the identity service puts in the officer's tokens, under the names the services read.</summary>
public static class OfficerClaims
{
    /// <summary>The officer's account id: whose items in the offline queue are whose.</summary>
    public static string? Subject(this ClaimsPrincipal user) => user.FindFirst("sub")?.Value;

    public static string? UnitCode(this ClaimsPrincipal user) => user.FindFirst("unitCode")?.Value;

    public static string? TeamCode(this ClaimsPrincipal user) => user.FindFirst("teamCode")?.Value;

    public static string? Role(this ClaimsPrincipal user) => user.FindFirst("role")?.Value;

    public static bool IsMobile(this ClaimsPrincipal user) => user.Role() == "MobileOfficer";
}
