using System.Security.Claims;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Integrations.Apis;

/// <summary>Integrators manage their own subscriptions (by token subject); Admin sees and manages all of them.</summary>
public static class Access
{
    public static readonly string[] Subscribers = [Roles.Integrator, Roles.Admin];

    public static bool SeesEverything(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);
}
