using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>An account as officers see it. The phone number is masked; the code never leaves the service.</summary>
public sealed record AccountView(
    Guid Id,
    string PersonalId,
    string FullName,
    int Level,
    AccountState State,
    WaitingFor? WaitingFor,
    AccountRequestView? PendingUpgrade,
    string PhoneNumber,
    string? Email,
    UnitPath Unit,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset? LockedAt,
    LockReason? LockReason,
    DateTimeOffset? CodeExpiresAt,
    IReadOnlyList<AccountRequestView> Requests)
{
    public static AccountView Of(Account account, Citizen citizen)
    {
        var open = account.Requests.Where(r => r.FulfilledAt is null).ToList();
        return new AccountView(
            account.Id,
            account.PersonalId,
            citizen.FullName,
            account.Level,
            account.State,
            open.FirstOrDefault(r => r.Kind == RequestKind.NewAccount)?.WaitingFor,
            open.FirstOrDefault(r => r.Kind == RequestKind.Upgrade) is { } upgrade ? AccountRequestView.Of(upgrade) : null,
            PhoneNumbers.Mask(account.PhoneNumber),
            account.Email,
            account.Unit,
            account.RequestedAt,
            account.CreatedAt,
            account.ActivatedAt,
            account.LockedAt,
            account.LockReason,
            account.CodeExpiresAt,
            account.Requests.OrderBy(r => r.RequestedAt).Select(AccountRequestView.Of).ToList());
    }
}
