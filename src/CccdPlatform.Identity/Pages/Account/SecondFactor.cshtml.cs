using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CccdPlatform.Identity.Pages.Account;

public sealed class SecondFactorModel(SignInManager<Officer> signIn, AccountAudit audit, Texts texts) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var officer = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (officer is null)
        {
            return RedirectToPage("/Account/Login");
        }

        var code = new string(Code.Where(char.IsAsciiDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.OwnAsync(AccountAudit.SignedIn, officer, null, StatusCodes.Status200OK);
            return LocalRedirect(ReturnUrls.Next(officer, ReturnUrl));
        }

        await audit.OwnAsync(result.IsLockedOut ? AccountAudit.LockedOut : AccountAudit.SecondFactorFailed, officer, null,
            result.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized);
        Error = result.IsLockedOut
            ? texts["This account is locked after too many failed attempts. Try again later or ask your administrator."]
            : texts["The code is not right."];
        return Page();
    }
}
