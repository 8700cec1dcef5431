using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>
/// Requests, creation and upgrade of accounts as the evidence allows, shared by the API and the consumers. Every path
/// bumps the citizen's version, so a request and the evidence that fulfils it never pass each other unseen.
/// Activation codes are sent by <see cref="SaveAsync"/>, once the change is saved.
/// </summary>
public sealed class AccountWorkflow(
    EIdentificationDbContext db,
    DeadlineCalendar calendar,
    IActivationCodeSender sender,
    EIdentificationMetrics metrics,
    IOptions<EIdentificationOptions> options,
    TimeProvider clock,
    ILogger<AccountWorkflow> logger)
{
    private readonly List<ActivationMessage> _outgoing = [];
    private readonly List<Action> _measurements = [];

    /// <summary>Decides a request; a refusal by age comes with one message per field.</summary>
    public async Task<(RequestOutcome Outcome, Account? Account, Dictionary<string, string[]> Refusals)> RequestAsync(
        Citizen citizen, NewRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var refusals = AccountAges.Refusals(citizen.DateOfBirth, request.Level, request.Representative is not null, VietnamTime.DateOf(now));
        if (refusals.Count > 0)
        {
            return (RequestOutcome.RefusedByAge, null, refusals);
        }

        var (outcome, account) = await DecideAsync(citizen, request, now, cancellationToken);
        return (outcome, account, refusals);
    }

    private async Task<(RequestOutcome Outcome, Account Account)> DecideAsync(
        Citizen citizen, NewRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        citizen.Touch();
        var account = await AccountOfAsync(citizen.PersonalId, cancellationToken);
        var biometricsAccepted = await HasAcceptedBiometricsAsync(citizen.PersonalId, cancellationToken);
        if (account is null)
        {
            account = Account.Request(citizen, request.Level, request.PhoneNumber, request.Email, request.Unit, now);
            db.Accounts.Add(account);
            var ready = request.Level == 1 || biometricsAccepted;
            await AddRequestAsync(account, RequestKind.NewAccount, request, ready, now, cancellationToken);
            return (ready ? RequestOutcome.Created : RequestOutcome.Waiting, account);
        }

        var upgradePending = account.Requests.Any(r => r.Kind == RequestKind.Upgrade && r.FulfilledAt is null);
        if (request.Level <= account.Level || account.State == AccountState.Requested || upgradePending)
        {
            return (RequestOutcome.AlreadyExists, account);
        }

        await AddRequestAsync(account, RequestKind.Upgrade, request, biometricsAccepted, now, cancellationToken);
        return (biometricsAccepted ? RequestOutcome.Upgraded : RequestOutcome.UpgradeWaiting, account);
    }

    /// <summary>Creates or upgrades the citizen's waiting account once their biometrics are accepted.</summary>
    public async Task FulfilWaitingAsync(string personalId, CancellationToken cancellationToken)
    {
        var citizen = await db.Citizens.FindAsync([personalId], cancellationToken);
        if (citizen is null)
        {
            return;
        }

        citizen.Touch();
        if (!await HasAcceptedBiometricsAsync(personalId, cancellationToken)
            || await AccountOfAsync(personalId, cancellationToken) is not { } account)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var request in account.Requests
                     .Where(r => r.FulfilledAt is null && r.WaitingFor == WaitingFor.BiometricsAcceptance)
                     .OrderBy(r => r.RequestedAt)
                     .ToList())
        {
            Fulfil(account, request, now);
        }
    }

    /// <summary>A fresh code for an account waiting for activation; any earlier code stops working.</summary>
    public void IssueCode(Account account, DateTimeOffset now)
    {
        var code = ActivationCode.New();
        var (salt, hash) = ActivationCode.Protect(code);
        account.IssueCode(salt, hash, now, options.Value.Activation.CodeLifetime);
        _outgoing.Add(new ActivationMessage(account.Id, account.PhoneNumber, code, account.CodeExpiresAt!.Value));
    }

    /// <summary>
    /// Saves, then sends the codes issued meanwhile. A code that cannot be sent is logged (without the code or the
    /// phone) and the change stands: the authority's work is done, and the citizen can ask for the code again.
    /// Returns false when a code was not sent.
    /// </summary>
    public async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            _measurements.ForEach(measure => measure());
            var allSent = true;
            foreach (var message in _outgoing)
            {
                try
                {
                    await sender.SendAsync(message, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning("The activation code of account {AccountId} could not be sent: {Reason}",
                        message.AccountId, exception.Message);
                    allSent = false;
                }
            }

            return allSent;
        }
        finally
        {
            _outgoing.Clear();
            _measurements.Clear();
        }
    }

    private async Task AddRequestAsync(
        Account account, RequestKind kind, NewRequest request, bool ready, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hasChipCard = await db.Applications
            .AnyAsync(a => a.PersonalId == account.PersonalId && a.CardDeliveredAt != null, cancellationToken);
        var added = AccountRequest.For(
            account, kind, request.Level, request.Source, request.ApplicationId, request.RequestedBy, request.Unit, hasChipCard,
            calendar.For(now, request.Level, hasChipCard), now, request.Representative, request.FaceCheck);
        if (!ready)
        {
            added.WaitFor(WaitingFor.BiometricsAcceptance);
        }

        account.Requests.Add(added);
        db.AccountRequests.Add(added);
        db.AddAccountRequested(account, added, clock);
        _measurements.Add(() => metrics.Requested(request.Level, kind));
        if (ready)
        {
            Fulfil(account, added, now);
        }
    }

    private void Fulfil(Account account, AccountRequest request, DateTimeOffset now)
    {
        var late = request.Fulfil(now);
        if (request.Kind == RequestKind.NewAccount)
        {
            account.Create(now);
            IssueCode(account, now);
            db.AddAccountCreated(account, request, clock);
            var level = account.Level;
            _measurements.Add(() => metrics.Created(level));
        }
        else
        {
            account.Upgrade();
            db.AddAccountUpgraded(account, request, clock);
            _measurements.Add(metrics.Upgraded);
        }

        if (late)
        {
            db.AddDeadlineBreached(request, clock);
            _measurements.Add(() => metrics.Breached(request.Level, request.Kind));
        }
    }

    private Task<Account?> AccountOfAsync(string personalId, CancellationToken cancellationToken) =>
        db.Accounts.Include(a => a.Requests).FirstOrDefaultAsync(a => a.PersonalId == personalId, cancellationToken);

    private Task<bool> HasAcceptedBiometricsAsync(string personalId, CancellationToken cancellationToken) =>
        db.Applications.AnyAsync(a => a.PersonalId == personalId && a.BiometricsAcceptedAt != null, cancellationToken);
}
