using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using CccdPlatform.Identity.Pages.Account;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CccdPlatform.Identity.Pages.Connect;

/// <summary>The device flow's verification page: a signed-in officer types (or follows a link with) the device's code.</summary>
public sealed class VerifyModel(UserManager<Officer> users, TokenPrincipals principals) : OfficerPage(users)
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public string? UserCode { get; private set; }
    public string? ClientId { get; private set; }
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await SignedInAsync() is { } elsewhere)
        {
            return elsewhere;
        }

        // A valid code in the address: OpenIddict has checked it; ask the officer to confirm.
        var result = await HttpContext.AuthenticateAsync(Scheme);
        if (result.Succeeded && result.Principal.GetClaim(Claims.ClientId) is { } clientId)
        {
            (ClientId, UserCode) = (clientId, HttpContext.GetOpenIddictServerRequest()?.UserCode);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool deny = false)
    {
        if (await SignedInAsync() is { } elsewhere)
        {
            return elsewhere;
        }

        var result = await HttpContext.AuthenticateAsync(Scheme);
        var officer = await Users.FindByIdAsync(Manager.Subject);
        if (!result.Succeeded || officer is null)
        {
            return Page();
        }

        if (deny)
        {
            // OpenIddict marks the device code rejected: the device's next poll gets access_denied.
            return Forbid(new AuthenticationProperties { RedirectUri = "/connect/verify?denied=1" }, Scheme);
        }

        Done = true;
        return SignIn(principals.ForOfficer(officer, result.Principal.GetScopes()),
            new AuthenticationProperties { RedirectUri = "/connect/verify?done=1" }, Scheme);
    }
}
