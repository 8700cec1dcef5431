using CccdPlatform.Domain;
using CccdPlatform.Identity.Model;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace CccdPlatform.Identity.Infrastructure;

/// <summary>
/// Creating, disabling, re-enabling officers and resetting their passwords, for the pages and the API alike: an Admin
/// within their unit and the units under it; a Supervisor only looks at their own unit's officers.
/// </summary>
public sealed class OfficerAccounts(
    UserManager<Officer> users,
    IdentityServiceDbContext db,
    UnitMaps maps,
    IValidator<NewOfficer> validator,
    AccountAudit audit,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<Officer>?> ListAsync(Manager viewer, CancellationToken cancellationToken)
    {
        var unit = maps.Locate(viewer.UnitCode);
        if (unit is null || !AccountRules.Sees(viewer.Role, viewer.UnitCode, unit, maps))
        {
            return null;
        }

        // Candidates by code prefix would miss nothing but cost a scan; the unit tree decides.
        var officers = await db.Users.AsNoTracking().OrderBy(o => o.UnitCode).ThenBy(o => o.UserName).ToListAsync(cancellationToken);
        return officers.Where(o => maps.Locate(o.UnitCode) is { } path && AccountRules.Sees(viewer.Role, viewer.UnitCode, path, maps)).ToList();
    }

    public async Task<AccountOutcome> CreateAsync(Manager manager, NewOfficer request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return new AccountOutcome(AccountOutcomeKind.Invalid, Errors: validation.ToDictionary());
        }

        if (!AccountRules.Manages(manager.Role, manager.UnitCode, maps.Locate(request.UnitCode)!, maps))
        {
            return AccountOutcome.Forbidden;
        }

        var officer = new Officer
        {
            UserName = request.UserName,
            DisplayName = request.DisplayName!.Trim(),
            Role = request.Role!,
            UnitCode = request.UnitCode!,
            TeamCode = string.IsNullOrWhiteSpace(request.TeamCode) ? null : request.TeamCode.Trim(),
            MustChangePassword = true,
            LockoutEnabled = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var password = OneTimePassword.New();
        var created = await users.CreateAsync(officer, password);
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
                ? AccountOutcome.Invalid("userName", "This user name is taken.")
                : new AccountOutcome(AccountOutcomeKind.Invalid, Errors: new Dictionary<string, string[]>
                {
                    ["userName"] = created.Errors.Select(e => e.Description).ToArray(),
                });
        }

        audit.Change(AccountAudit.OfficerCreated, manager, officer.Id, StatusCodes.Status201Created);
        await db.SaveChangesAsync(cancellationToken);
        return new AccountOutcome(AccountOutcomeKind.Done, officer, password);
    }

    public Task<AccountOutcome> DisableAsync(Manager manager, string id, CancellationToken cancellationToken) =>
        ChangeAsync(manager, id, AccountAudit.OfficerDisabled, async officer =>
        {
            officer.IsActive = false;
            // Signs the officer out everywhere: cookies check the stamp, and refresh tokens are revoked.
            await users.UpdateSecurityStampAsync(officer);
            await tokens.RevokeBySubjectAsync(officer.Id, cancellationToken);
            await authorizations.RevokeBySubjectAsync(officer.Id, cancellationToken);
            return null;
        }, cancellationToken);

    public Task<AccountOutcome> EnableAsync(Manager manager, string id, CancellationToken cancellationToken) =>
        ChangeAsync(manager, id, AccountAudit.OfficerEnabled, async officer =>
        {
            officer.IsActive = true;
            await users.SetLockoutEndDateAsync(officer, null);
            await users.ResetAccessFailedCountAsync(officer);
            return null;
        }, cancellationToken);

    public Task<AccountOutcome> ResetPasswordAsync(Manager manager, string id, CancellationToken cancellationToken) =>
        ChangeAsync(manager, id, AccountAudit.PasswordReset, async officer =>
        {
            var password = OneTimePassword.New();
            await users.RemovePasswordAsync(officer);
            await users.AddPasswordAsync(officer, password);
            officer.MustChangePassword = true;
            await users.SetLockoutEndDateAsync(officer, null);
            await users.ResetAccessFailedCountAsync(officer);
            await tokens.RevokeBySubjectAsync(officer.Id, cancellationToken);
            return password;
        }, cancellationToken);

    private async Task<AccountOutcome> ChangeAsync(
        Manager manager, string id, string action, Func<Officer, Task<string?>> change, CancellationToken cancellationToken)
    {
        var officer = await users.FindByIdAsync(id);
        if (officer is null || maps.Locate(officer.UnitCode) is not { } unit
            || !AccountRules.Sees(manager.Role, manager.UnitCode, unit, maps))
        {
            return AccountOutcome.NotFound;
        }

        if (!AccountRules.Manages(manager.Role, manager.UnitCode, unit, maps) || officer.Id == manager.Subject)
        {
            audit.Change(action, manager, officer.Id, StatusCodes.Status403Forbidden);
            await db.SaveChangesAsync(cancellationToken);
            return AccountOutcome.Forbidden;
        }

        var password = await change(officer);
        audit.Change(action, manager, officer.Id, StatusCodes.Status200OK);
        await users.UpdateAsync(officer);
        return new AccountOutcome(AccountOutcomeKind.Done, officer, password);
    }
}
