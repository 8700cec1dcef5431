using CccdPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CccdPlatform.Identity.Pages.Account;

/// <summary>A management page: the signed-in officer, once their account is set up, acts as a <see cref="Manager"/>.</summary>
public abstract class OfficerPage(UserManager<Officer> users) : PageModel
{
    protected Manager Manager { get; private set; } = null!;

    protected UserManager<Officer> Users => users;

    public bool CanChange => Manager.Role == ServiceDefaults.Authentication.Roles.Admin;

    /// <summary>Null when the page may go on; otherwise where to send the officer first.</summary>
    protected async Task<IActionResult?> SignedInAsync()
    {
        var officer = await users.GetUserAsync(User);
        if (officer is null || !officer.IsActive)
        {
            return RedirectToPage("/Account/Login");
        }

        if (AccountSetup.PendingStep(officer) is { } step)
        {
            return LocalRedirect($"{step}?returnUrl={Uri.EscapeDataString(Request.Path)}");
        }

        Manager = new Manager(officer.Id, officer.Role, officer.UnitCode);
        return null;
    }
}
