using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CccdPlatform.Identity.Pages.Account;

public sealed class ChangePasswordModel(SignInManager<Officer> signIn, AccountAudit audit, Texts texts) : PageModel
{
    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string RepeatPassword { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var officer = await signIn.UserManager.GetUserAsync(User);
        if (officer is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (NewPassword != RepeatPassword)
        {
            Errors = [texts["The two new passwords differ."]];
            return Page();
        }

        var changed = await signIn.UserManager.ChangePasswordAsync(officer, CurrentPassword, NewPassword);
        if (!changed.Succeeded)
        {
            await audit.OwnAsync(AccountAudit.PasswordChanged, officer, null, StatusCodes.Status400BadRequest);
            Errors = changed.Errors.Select(e => e.Description).ToList();
            return Page();
        }

        officer.MustChangePassword = false;
        await signIn.UserManager.UpdateAsync(officer);
        await audit.OwnAsync(AccountAudit.PasswordChanged, officer, null, StatusCodes.Status200OK);
        await signIn.RefreshSignInAsync(officer);
        return LocalRedirect(ReturnUrls.Next(officer, ReturnUrl));
    }
}
