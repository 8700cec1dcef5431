using System.Security.Claims;
using CccdPlatform.Identity.Extensions;
using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CccdPlatform.Identity.Apis;

/// <summary>
/// The token server's endpoints that need a decision of ours: authorize (no consent: the platform's own applications),
/// token (every grant re-reads the account, so a disabled officer's refresh token stops working), user info (the
/// browser library of the station app reads who signed in there) and sign-out.
/// </summary>
public static class ConnectApi
{
    private const string OpenIddictScheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/connect/authorize", ["GET", "POST"], Authorize).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        routes.MapPost("/connect/token", Token).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        routes.MapMethods("/connect/userinfo", ["GET", "POST"], (Delegate)UserInfo).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        routes.MapMethods("/connect/logout", ["GET", "POST"], Logout).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return routes;
    }

    public static async Task<IResult> Authorize(HttpContext context, UserManager<Officer> users, TokenPrincipals principals)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(
            context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList());
        var signedIn = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var officer = signedIn.Succeeded ? await users.GetUserAsync(signedIn.Principal) : null;
        // A silent sign-in (a browser app's hidden frame) must hear at once that the officer has to sign in, not get a page.
        if (request.HasPromptValue(PromptValues.None) && (officer is null || !officer.IsActive || AccountSetup.PendingStep(officer) is not null))
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The officer is not signed in.",
            }), [OpenIddictScheme]);
        }

        if (officer is null || !officer.IsActive)
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        // Signed in, but the account is not ready: a password to change or a second factor to enrol comes first.
        if (AccountSetup.PendingStep(officer) is { } step)
        {
            return Results.Redirect($"{step}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        return Results.SignIn(principals.ForOfficer(officer, request.GetScopes()), authenticationScheme: OpenIddictScheme);
    }

    public static async Task<IResult> Token(
        HttpContext context, UserManager<Officer> users, IOpenIddictApplicationManager applications, TokenPrincipals principals,
        IOptions<IdentityServiceOptions> options)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("The client was authenticated but is not found.");
            var name = await applications.GetDisplayNameAsync(application);
            var principal = options.Value.CitizenApps.Any(c => c.ClientId == request.ClientId)
                ? principals.ForCitizenApp(request.ClientId!, name, request.GetScopes())
                : principals.ForIntegrator(request.ClientId!, name, request.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictScheme);
        }

        // Authorization code, refresh token and device code: the account as it is now, not as it was at sign-in.
        var granted = await context.AuthenticateAsync(OpenIddictScheme);
        var officer = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (officer is null || !officer.IsActive || await users.IsLockedOutAsync(officer))
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The account is disabled or locked.",
            }), [OpenIddictScheme]);
        }

        return Results.SignIn(principals.ForOfficer(officer, granted.Principal!.GetScopes()), authenticationScheme: OpenIddictScheme);
    }

    /// <summary>The claims the access token already carries, under the names the tokens use.</summary>
    public static async Task<IResult> UserInfo(HttpContext context)
    {
        var principal = (await context.AuthenticateAsync(OpenIddictScheme)).Principal;
        if (principal?.GetClaim(Claims.Subject) is not { } subject)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictScheme]);
        }

        string[] shown = [Claims.Name, Claims.PreferredUsername, PlatformClaims.Role, PlatformClaims.UnitCode, TokenPrincipals.TeamCode];
        var claims = new Dictionary<string, string> { [Claims.Subject] = subject };
        foreach (var type in shown)
        {
            if (principal.GetClaim(type) is { Length: > 0 } value)
            {
                claims[type] = value;
            }
        }

        return Results.Ok(claims);
    }

    public static async Task<IResult> Logout(HttpContext context, SignInManager<Officer> signIn, AccountAudit audit)
    {
        if ((await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Principal is { } principal
            && await signIn.UserManager.GetUserAsync(principal) is { } officer)
        {
            await audit.OwnAsync(AccountAudit.SignedOut, officer, null, StatusCodes.Status200OK);
        }

        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/login" }, [OpenIddictScheme]);
    }
}
