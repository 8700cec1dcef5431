using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CccdPlatform.Identity.Pages.Account;

public sealed class NewOfficerModel(UserManager<Officer> users, OfficerAccounts accounts, Texts texts) : OfficerPage(users)
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string? TeamCode { get; set; }

    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public Officer? Created { get; private set; }
    public string? OneTimePassword { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await SignedInAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await SignedInAsync() is { } elsewhere)
        {
            return elsewhere;
        }

        var outcome = await accounts.CreateAsync(Manager, new NewOfficer(UserName, DisplayName, Role, UnitCode, TeamCode), cancellationToken);
        switch (outcome.Kind)
        {
            case AccountOutcomeKind.Done:
                (Created, OneTimePassword) = (outcome.Officer, outcome.OneTimePassword);
                break;
            case AccountOutcomeKind.Invalid:
                Errors = outcome.Errors!;
                break;
            default:
                Errors = new Dictionary<string, string[]> { ["unitCode"] = [texts["You may not do this for that unit."]] };
                break;
        }

        return Page();
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
