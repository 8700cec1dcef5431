using System.Security.Claims;
using CccdPlatform.Identity.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CccdPlatform.Identity.Infrastructure;

/// <summary>
/// What the tokens say: the claims the services read today, under the same names (<c>sub</c>, <c>role</c>,
/// <c>unitCode</c>), for the platform's audience.
/// </summary>
public sealed class TokenPrincipals(IOptions<TokenOptions> tokenOptions)
{
    public const string TeamCode = "teamCode";

    public ClaimsPrincipal ForOfficer(Officer officer, IEnumerable<string> scopes)
    {
        var identity = NewIdentity()
            .SetClaim(Claims.Subject, officer.Id)
            .SetClaim(Claims.Name, officer.DisplayName)
            .SetClaim(Claims.PreferredUsername, officer.UserName)
            .SetClaim(PlatformClaims.Role, officer.Role)
            .SetClaim(PlatformClaims.UnitCode, officer.UnitCode)
            .SetClaim(TeamCode, officer.TeamCode);
        return Finish(identity, scopes);
    }

    /// <summary>An integrator's system: its client id is the subject, with the Integrator role and no unit.</summary>
    public ClaimsPrincipal ForIntegrator(string clientId, string? displayName, IEnumerable<string> scopes) =>
        ForClient(clientId, displayName, Roles.Integrator, scopes);

    /// <summary>A citizen-facing application: its client id is the subject, with the CitizenApp role and no unit.</summary>
    public ClaimsPrincipal ForCitizenApp(string clientId, string? displayName, IEnumerable<string> scopes) =>
        ForClient(clientId, displayName, Roles.CitizenApp, scopes);

    private ClaimsPrincipal ForClient(string clientId, string? displayName, string role, IEnumerable<string> scopes)
    {
        var identity = NewIdentity()
            .SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName ?? clientId)
            .SetClaim(PlatformClaims.Role, role);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, PlatformClaims.Role);

    private ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetAudiences(tokenOptions.Value.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
