using System.Security.Claims;

namespace CccdPlatform.ServiceDefaults.Authentication;

/// <summary>Claim names of platform tokens and typed access to them.</summary>
public static class PlatformClaims
{
    public const string Role = "role";
    public const string UnitCode = "unitCode";
    public const string Subject = "sub";

    public static string? UnitCodeOf(this ClaimsPrincipal user) => user.FindFirst(UnitCode)?.Value;

    public static string SubjectOf(this ClaimsPrincipal user) =>
        user.FindFirst(Subject)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
}
