using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>
/// The answer to a request for an account, whichever route it came by: the citizen as intake holds them, the identity
/// check, the workflow's decision (ages included), the audit entry.
/// </summary>
public static class AccountRequesting
{
    private const int Attempts = 3;

    /// <summary>
    /// 201 when the account is created, 202 when it waits (level 2 before biometrics are accepted), 200 when the
    /// citizen's level 1 account was upgraded at once; 400 when the citizen's age rules the request out.
    /// </summary>
    public static async Task<Results<Created<AccountView>, Accepted<AccountView>, Ok<AccountView>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        IAccountForm form, Func<Citizen, NewRequest> requestFor, string path, EIdentificationDbContext db, AccountWorkflow workflow,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AnswerOnceAsync(form, requestFor, path, db, workflow, audit, cancellationToken);
            }
            catch (DbUpdateException exception) when (attempt < Attempts
                && (exception is DbUpdateConcurrencyException || exception.IsUniqueViolation()))
            {
                // The citizen's record changed meanwhile (their biometrics were accepted, say): decide again on fresh data.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<Results<Created<AccountView>, Accepted<AccountView>, Ok<AccountView>, ValidationProblem, ProblemHttpResult>> AnswerOnceAsync(
        IAccountForm form, Func<Citizen, NewRequest> requestFor, string path, EIdentificationDbContext db, AccountWorkflow workflow,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        var citizen = await db.Citizens.FindAsync([form.PersonalId!], cancellationToken);
        if (citizen is null)
        {
            return Problems.NoApplication();
        }

        audit.Read(citizen.CitizenRef, null);
        var mismatches = IdentityCheck.Mismatches(citizen, form.FullName!, form.DateOfBirth!.Value, form.Sex!.Value);
        if (mismatches.Count > 0)
        {
            return Problems.IdentityMismatch(mismatches);
        }

        var (outcome, account, refusals) = await workflow.RequestAsync(citizen, requestFor(citizen), cancellationToken);
        if (outcome == RequestOutcome.RefusedByAge)
        {
            return TypedResults.ValidationProblem(refusals, title: "The citizen's age rules this request out.");
        }

        if (outcome == RequestOutcome.AlreadyExists)
        {
            return Problems.AccountExists(account!);
        }

        var view = AccountView.Of(account!, citizen);
        var location = $"{path}/{account!.Id}";
        Results<Created<AccountView>, Accepted<AccountView>, Ok<AccountView>, ValidationProblem, ProblemHttpResult> answer = outcome switch
        {
            RequestOutcome.Created => TypedResults.Created(location, view),
            RequestOutcome.Upgraded => TypedResults.Ok(view),
            _ => TypedResults.Accepted(location, view),
        };
        audit.Change(db, account.CitizenRef, account.Id, AuditTrail.StatusOf(answer));
        await workflow.SaveAsync(cancellationToken);
        return answer;
    }
}
