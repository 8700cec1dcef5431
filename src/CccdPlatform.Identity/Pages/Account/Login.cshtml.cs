using System.ComponentModel.DataAnnotations;
using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CccdPlatform.Identity.Pages.Account;

public sealed class LoginModel(SignInManager<Officer> signIn, AccountAudit audit, Texts texts) : PageModel
{
    [BindProperty, Required]
    public string UserName { get; set; } = "";

    [BindProperty, Required, DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var officer = await signIn.UserManager.FindByNameAsync(UserName.Trim());
        if (officer is null || !officer.IsActive || !ModelState.IsValid)
        {
            await audit.OwnAsync(AccountAudit.SignInFailed, officer, UserName, officer is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
            Error = texts["Sign-in failed: check the user name and password."];
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(officer, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.OwnAsync(AccountAudit.SignedIn, officer, null, StatusCodes.Status200OK);
            return LocalRedirect(ReturnUrls.Next(officer, ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SecondFactor", new { returnUrl = ReturnUrls.Safe(ReturnUrl) });
        }

        await audit.OwnAsync(result.IsLockedOut ? AccountAudit.LockedOut : AccountAudit.SignInFailed, officer, null,
            result.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized);
        Error = result.IsLockedOut
            ? texts["This account is locked after too many failed attempts. Try again later or ask your administrator."]
            : texts["Sign-in failed: check the user name and password."];
        return Page();
    }
}
