using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CccdPlatform.Identity.Pages.Account;

public sealed class OfficersModel(UserManager<Officer> users, OfficerAccounts accounts, Texts texts) : OfficerPage(users)
{
    public IReadOnlyList<Officer> Officers { get; private set; } = [];
    public string? Notice { get; private set; }
    public string? OneTimePassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await SignedInAsync() ?? await ListAsync(cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(() => accounts.DisableAsync(Manager, id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(() => accounts.EnableAsync(Manager, id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResetAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(() => accounts.ResetPasswordAsync(Manager, id, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task<AccountOutcome>> change, CancellationToken cancellationToken)
    {
        if (await SignedInAsync() is { } elsewhere)
        {
            return elsewhere;
        }

        var outcome = await change();
        if (outcome.Kind != AccountOutcomeKind.Done)
        {
            Notice = texts["You may not do this for that unit."];
        }
        else if (outcome.OneTimePassword is not null)
        {
            Notice = $"{outcome.Officer!.UserName}: {texts["One-time password, shown once: give it to the officer, who changes it at the first sign-in."]}";
            OneTimePassword = outcome.OneTimePassword;
        }

        return await ListAsync(cancellationToken);
    }

    private async Task<IActionResult> ListAsync(CancellationToken cancellationToken)
    {
        Officers = await accounts.ListAsync(Manager, cancellationToken) ?? [];
        return Page();
    }
}
