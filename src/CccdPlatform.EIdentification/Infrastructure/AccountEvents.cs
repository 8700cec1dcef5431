using CccdPlatform.Contracts.EIdentification;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Messaging;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>
/// The events of an account, written to the outbox with the change they announce. They carry the citizen's pseudonym,
/// never the ID number, the name or the phone number.
/// </summary>
public static class AccountEvents
{
    public static void AddAccountRequested(this EIdentificationDbContext db, Account account, AccountRequest request, TimeProvider clock) =>
        db.AddOutboxMessage(new AccountRequested(
            account.Id, request.Id, account.CitizenRef, request.Kind.ToString(), request.Level, request.Source.ToString(),
            request.ApplicationId, account.Level, account.State.ToString(), request.WaitingFor?.ToString(), account.Unit,
            request.Unit, request.HasChipCard, request.WorkingDays, request.DueAt, account.Version, request.RequestedAt), clock);

    public static void AddAccountCreated(this EIdentificationDbContext db, Account account, AccountRequest request, TimeProvider clock) =>
        db.AddOutboxMessage(new AccountCreated(
            account.Id, request.Id, account.CitizenRef, account.Level, account.State.ToString(), account.Unit,
            request.RequestedAt, request.DueAt, request.WithinDeadline, account.Version, account.CreatedAt!.Value), clock);

    public static void AddAccountUpgraded(this EIdentificationDbContext db, Account account, AccountRequest request, TimeProvider clock) =>
        db.AddOutboxMessage(new AccountUpgraded(
            account.Id, request.Id, account.CitizenRef, 1, account.Level, account.State.ToString(), account.Unit, request.Unit,
            request.RequestedAt, request.DueAt, request.WithinDeadline, account.Version, request.FulfilledAt!.Value), clock);

    public static void AddAccountActivated(this EIdentificationDbContext db, Account account, TimeProvider clock) =>
        db.AddOutboxMessage(new AccountActivated(
            account.Id, account.CitizenRef, account.Level, account.State.ToString(), account.Unit, account.Version,
            account.ActivatedAt!.Value), clock);

    public static void AddAccountLocked(this EIdentificationDbContext db, Account account, TimeProvider clock) =>
        db.AddOutboxMessage(new AccountLocked(
            account.Id, account.CitizenRef, account.Level, account.State.ToString(), account.StateBeforeLock!.Value.ToString(),
            account.LockReason!.Value.ToString(), account.Unit, account.Version, account.LockedAt!.Value), clock);

    public static void AddAccountUnlocked(this EIdentificationDbContext db, Account account, DateTimeOffset now, TimeProvider clock) =>
        db.AddOutboxMessage(new AccountUnlocked(
            account.Id, account.CitizenRef, account.Level, account.State.ToString(), account.Unit, account.Version, now), clock);

    public static void AddDeadlineBreached(this EIdentificationDbContext db, AccountRequest request, TimeProvider clock) =>
        db.AddOutboxMessage(new DeadlineBreached(
            request.Id, request.AccountId, request.Account.CitizenRef, request.Kind.ToString(), request.Level,
            request.WaitingFor?.ToString(), request.Unit, request.WorkingDays, request.RequestedAt, request.DueAt,
            request.FulfilledAt, request.BreachedAt!.Value), clock);
}
