using System.Security.Claims;
using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Apis;

public static class AccountsApi
{
    public const string Path = "/api/eid/accounts";

    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Accounts");
        group.MapPost("/", RequestAccount).Audited("account.request").Validate<RequestAccount>()
            .RequireAuthorization(p => p.RequireRole(Access.Requesters));
        group.MapGet("/{id:guid}", GetAccount).Audited("account.read").RequireAuthorization(p => p.RequireRole(Access.Readers));
        group.MapGet("/by-personal-id/{personalId}", GetAccountByPersonalId).Audited("account.read")
            .RequireAuthorization(p => p.RequireRole(Access.Readers));
        group.MapGet("/", SearchAccounts).Audited("account.search").RequireAuthorization(p => p.RequireRole(Access.Readers));
        group.MapAccountActions();
        return group;
    }

    public static async Task<Results<Created<AccountView>, Accepted<AccountView>, Ok<AccountView>, ValidationProblem, ProblemHttpResult>> RequestAccount(
        RequestAccount form,
        ClaimsPrincipal user,
        EIdentificationDbContext db,
        AccountWorkflow workflow,
        UnitMaps maps,
        AuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var unitCode = form.UnitCode ?? user.UnitCodeOf();
        if (maps.Today(clock).PathOf(unitCode) is not { } unit || !user.Covers(unit))
        {
            return UnitScope.OutsideUnit(unitCode);
        }

        var request = new NewRequest(
            form.Level!.Value, PhoneNumbers.Normalize(form.PhoneNumber)!, form.Email?.Trim(), unit, RequestSource.Officer, null,
            user.SubjectOf(), form.Representative?.Normalized());
        return await AccountRequesting.AnswerAsync(form, _ => request, Path, db, workflow, audit, cancellationToken);
    }

    public static async Task<Results<Ok<AccountView>, NotFound, ProblemHttpResult>> GetAccount(
        Guid id, ClaimsPrincipal user, EIdentificationDbContext db, UnitMaps maps, AuditTrail audit, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(db, db.Accounts.Where(a => a.Id == id), cancellationToken);
        if (found is not (var account, var citizen))
        {
            return TypedResults.NotFound();
        }

        audit.Read(account.CitizenRef, account.Id);
        return user.Covers(account.Unit, maps) ? TypedResults.Ok(AccountView.Of(account, citizen)) : UnitScope.OutsideUnit(account.UnitCode);
    }

    public static async Task<Results<Ok<AccountView>, NotFound, ProblemHttpResult, ValidationProblem>> GetAccountByPersonalId(
        string personalId, ClaimsPrincipal user, EIdentificationDbContext db, UnitMaps maps, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (personalId.Length != 12 || !personalId.All(char.IsAsciiDigit))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["personalId"] = ["The personal identification number must be exactly 12 digits."],
            });
        }

        var found = await LoadAsync(db, db.Accounts.Where(a => a.PersonalId == personalId), cancellationToken);
        if (found is not (var account, var citizen))
        {
            return TypedResults.NotFound();
        }

        audit.Read(account.CitizenRef, account.Id);
        return user.Covers(account.Unit, maps) ? TypedResults.Ok(AccountView.Of(account, citizen)) : UnitScope.OutsideUnit(account.UnitCode);
    }

    private static async Task<(Account, Citizen)?> LoadAsync(
        EIdentificationDbContext db, IQueryable<Account> query, CancellationToken cancellationToken)
    {
        var account = await query.AsNoTracking().Include(a => a.Requests).FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        var citizen = await db.Citizens.AsNoTracking().FirstAsync(c => c.PersonalId == account.PersonalId, cancellationToken);
        return (account, citizen);
    }

    public static async Task<Results<Ok<Page<AccountSummary>>, ValidationProblem, ProblemHttpResult>> SearchAccounts(
        [AsParameters] AccountSearch search,
        ClaimsPrincipal user,
        EIdentificationDbContext db,
        UnitMaps maps,
        AuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var units = maps.Today(clock);
        var unitCode = search.UnitCode ?? user.UnitCodeOf();
        var errors = search.Validate(units, maps, unitCode);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var unit = units.PathOf(unitCode)!;
        if (!user.Covers(unit))
        {
            return UnitScope.OutsideUnit(unitCode);
        }

        var accounts = db.Accounts.AsNoTracking().Within(unit, units, maps);
        if (search.Level is { } level)
        {
            accounts = accounts.Where(a => a.Level == level);
        }

        if (search.ParsedState is { } state)
        {
            accounts = accounts.Where(a => a.State == state);
        }

        var total = await accounts.CountAsync(cancellationToken);
        var rows = await accounts
            .OrderByDescending(a => a.RequestedAt).ThenBy(a => a.Id)
            .Skip((search.PageNumber - 1) * search.Size)
            .Take(search.Size)
            .Join(db.Citizens, a => a.PersonalId, c => c.PersonalId, (a, c) => new
            {
                a.CitizenRef,
                Summary = new AccountSummary(
                    a.Id, a.PersonalId, c.FullName, a.Level, a.State,
                    a.State == AccountState.Requested ? WaitingFor.BiometricsAcceptance : null,
                    a.UnitCommuneCode ?? a.UnitDistrictCode ?? a.UnitProvinceCode, a.RequestedAt, a.CreatedAt, a.ActivatedAt),
            })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            audit.Read(row.CitizenRef, row.Summary.Id);
        }

        return TypedResults.Ok(new Page<AccountSummary>(rows.Select(r => r.Summary).ToList(), search.PageNumber, search.Size, total));
    }
}
