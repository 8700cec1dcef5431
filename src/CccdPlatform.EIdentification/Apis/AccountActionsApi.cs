using System.Security.Claims;
using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Extensions;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>What happens to an account after it is created: the citizen activates it; supervisors lock and unlock it.</summary>
public static class AccountActionsApi
{
    public static RouteGroupBuilder MapAccountActions(this RouteGroupBuilder group)
    {
        group.MapCitizenActions(Access.CitizenActsByOfficers);
        group.MapPost("/{id:guid}/lock", Lock).Audited("account.lock").RequireAuthorization(p => p.RequireRole(Access.Lockers));
        group.MapPost("/{id:guid}/unlock", Unlock).Audited("account.unlock").RequireAuthorization(p => p.RequireRole(Access.Lockers));
        return group;
    }

    /// <summary>Activation and a new code: the citizen's acts, for officers at the counter and for citizen apps alike.</summary>
    public static RouteGroupBuilder MapCitizenActions(this RouteGroupBuilder group, string[] roles)
    {
        group.MapPost("/{id:guid}/activate", Activate).Audited("account.activate").RequireAuthorization(p => p.RequireRole(roles));
        group.MapPost("/{id:guid}/resend-code", ResendCode).Audited("account.resend-code").RequireAuthorization(p => p.RequireRole(roles));
        return group;
    }

    public static async Task<Results<Ok<ActivationResult>, NotFound, ValidationProblem, ProblemHttpResult>> Activate(
        Guid id,
        ActivateAccount request,
        EIdentificationDbContext db,
        AuditTrail audit,
        IOptions<EIdentificationOptions> options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var code = request.Code?.Trim();
        if (!ActivationCode.HasValidFormat(code))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["code"] = [$"The code is the {ActivationCode.Digits} digits sent to the citizen's phone."],
            });
        }

        var account = await db.Accounts.FindAsync([id], cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        var maxAttempts = options.Value.Activation.MaxAttempts;
        var outcome = account.Activate(code!, clock.GetUtcNow(), maxAttempts);
        if (outcome == ActivationOutcome.Activated)
        {
            db.AddAccountActivated(account, clock);
        }
        else if (outcome == ActivationOutcome.LockedNow)
        {
            db.AddAccountLocked(account, clock);
        }

        var answer = Answer(account, outcome, maxAttempts);
        audit.Change(db, account.CitizenRef, account.Id, AuditTrail.StatusOf(answer));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another attempt or a new code came at the same moment: this one did not count.
            return Problems.ChangedMeanwhile();
        }

        return answer;
    }

    private static Results<Ok<ActivationResult>, NotFound, ValidationProblem, ProblemHttpResult> Answer(
        Account account, ActivationOutcome outcome, int maxAttempts) =>
        outcome switch
        {
            ActivationOutcome.Activated => TypedResults.Ok(
                new ActivationResult(account.Id, account.Level, account.State, account.ActivatedAt!.Value)),
            ActivationOutcome.WrongCode => CodeRefused("The code is wrong.", outcome, maxAttempts - account.FailedAttempts),
            ActivationOutcome.Expired => CodeRefused("The code has expired. Ask for a new one.", outcome),
            ActivationOutcome.NoCode => CodeRefused("No code is outstanding. Ask for a new one.", outcome),
            ActivationOutcome.LockedNow => TypedResults.Problem(
                statusCode: StatusCodes.Status423Locked,
                title: $"The code was wrong {maxAttempts} times: the account is now locked.",
                detail: "A supervisor of the account's unit can unlock it.",
                extensions: new Dictionary<string, object?> { ["reason"] = outcome.ToString(), ["state"] = account.State.ToString() }),
            ActivationOutcome.Locked => Problems.Locked(),
            ActivationOutcome.AlreadyActive => Problems.Conflict("The account is already active; a code works once.", account),
            _ => Problems.Conflict("The account is not created yet: it waits for the citizen's biometrics to be accepted.", account),
        };

    private static ProblemHttpResult CodeRefused(string title, ActivationOutcome reason, int? attemptsLeft = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: title,
            extensions: new Dictionary<string, object?> { ["reason"] = reason.ToString(), ["attemptsLeft"] = attemptsLeft });

    public static async Task<Results<Accepted<CodeSent>, NotFound, ProblemHttpResult>> ResendCode(
        Guid id,
        HttpResponse response,
        EIdentificationDbContext db,
        AccountWorkflow workflow,
        AuditTrail audit,
        IOptions<EIdentificationOptions> options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FindAsync([id], cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        audit.Read(account.CitizenRef, account.Id);
        switch (account.State)
        {
            case AccountState.Locked: return Problems.Locked();
            case not AccountState.PendingActivation:
                return Problems.Conflict($"Only an account waiting for activation gets a code; this one is {account.State}.", account);
        }

        var now = clock.GetUtcNow();
        var wait = account.CodeIssuedAt + options.Value.Activation.ResendInterval - now;
        if (wait > TimeSpan.Zero)
        {
            response.Headers.RetryAfter = Math.Ceiling(wait.Value.TotalSeconds).ToString("0");
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "A code was sent moments ago.",
                detail: $"Wait {Math.Ceiling(wait.Value.TotalSeconds):0} seconds before asking for another.");
        }

        workflow.IssueCode(account, now);
        audit.Change(db, account.CitizenRef, account.Id, StatusCodes.Status202Accepted);
        try
        {
            if (!await workflow.SaveAsync(cancellationToken))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "The new code could not be sent. Try again later.",
                    detail: "Earlier codes no longer work.");
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.ChangedMeanwhile();
        }

        // The account under the route the code was asked through: officers' or the citizen app's.
        var path = response.HttpContext.Request.Path.Value!;
        return TypedResults.Accepted(
            path[..path.LastIndexOf('/')], new CodeSent(account.Id, PhoneNumbers.Mask(account.PhoneNumber), account.CodeExpiresAt!.Value));
    }

    public static async Task<Results<Ok<AccountView>, NotFound, ValidationProblem, ProblemHttpResult>> Lock(
        Guid id, LockAccount? request, ClaimsPrincipal user, EIdentificationDbContext db, UnitMaps maps, AuditTrail audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var reason = request?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = ["Say why the account is locked, in at most 500 characters."],
            });
        }

        return await ChangeAsync(id, user, db, maps, audit, cancellationToken, account =>
        {
            if (!account.CanLock)
            {
                return account.State == AccountState.Locked
                    ? Problems.Conflict("The account is already locked.", account)
                    : Problems.Conflict("Only a created account can be locked; this one still waits for its biometrics.", account);
            }

            account.Lock(LockReason.Officer, reason, user.SubjectOf(), clock.GetUtcNow());
            db.AddAccountLocked(account, clock);
            return null;
        });
    }

    public static async Task<Results<Ok<AccountView>, NotFound, ValidationProblem, ProblemHttpResult>> Unlock(
        Guid id, ClaimsPrincipal user, EIdentificationDbContext db, UnitMaps maps, AuditTrail audit, AccountWorkflow workflow,
        TimeProvider clock, CancellationToken cancellationToken) =>
        await ChangeAsync(id, user, db, maps, audit, cancellationToken, account =>
        {
            if (account.State != AccountState.Locked)
            {
                return Problems.Conflict("The account is not locked.", account);
            }

            var now = clock.GetUtcNow();
            account.Unlock();
            if (account.State == AccountState.PendingActivation)
            {
                // Its code died with the lock: the citizen gets a fresh one without having to ask.
                workflow.IssueCode(account, now);
            }

            db.AddAccountUnlocked(account, now, clock);
            return null;
        }, workflow);

    private static async Task<Results<Ok<AccountView>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, ClaimsPrincipal user, EIdentificationDbContext db, UnitMaps maps, AuditTrail audit, CancellationToken cancellationToken,
        Func<Account, ProblemHttpResult?> change, AccountWorkflow? workflow = null)
    {
        var account = await db.Accounts.Include(a => a.Requests).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        audit.Read(account.CitizenRef, account.Id);
        if (!user.Covers(account.Unit, maps))
        {
            return UnitScope.OutsideUnit(account.UnitCode);
        }

        if (change(account) is { } refusal)
        {
            return refusal;
        }

        audit.Change(db, account.CitizenRef, account.Id);
        try
        {
            if (workflow is null)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await workflow.SaveAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.ChangedMeanwhile();
        }

        var citizen = await db.Citizens.AsNoTracking().FirstAsync(c => c.PersonalId == account.PersonalId, cancellationToken);
        return TypedResults.Ok(AccountView.Of(account, citizen));
    }
}
