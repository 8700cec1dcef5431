using System.Security.Claims;
using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Identity.Apis;

/// <summary><c>/api/identity/officers</c>: the officer-management pages' rules, for programs.</summary>
public static class OfficersApi
{
    public static RouteGroupBuilder MapOfficersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/identity/officers").WithTags("Officers")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Supervisor));
        group.MapGet("/", List);
        group.MapPost("/", Create).RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapPost("/{id}/disable", (ClaimsPrincipal user, string id, OfficerAccounts accounts, CancellationToken ct) =>
            Answer(accounts.DisableAsync(ManagerOf(user), id, ct))).RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapPost("/{id}/enable", (ClaimsPrincipal user, string id, OfficerAccounts accounts, CancellationToken ct) =>
            Answer(accounts.EnableAsync(ManagerOf(user), id, ct))).RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapPost("/{id}/reset-password", ResetPassword).RequireAuthorization(p => p.RequireRole(Roles.Admin));
        return group;
    }

    public static async Task<Results<Ok<OfficerView[]>, ProblemHttpResult>> List(
        ClaimsPrincipal user, OfficerAccounts accounts, CancellationToken cancellationToken) =>
        await accounts.ListAsync(ManagerOf(user), cancellationToken) is { } officers
            ? TypedResults.Ok(officers.Select(OfficerView.Of).ToArray())
            : UnitScope.OutsideUnit(user.UnitCodeOf());

    public static async Task<Results<Created<IssuedPassword>, ValidationProblem, ProblemHttpResult>> Create(
        ClaimsPrincipal user, NewOfficer request, OfficerAccounts accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.CreateAsync(ManagerOf(user), request, cancellationToken);
        return outcome.Kind switch
        {
            AccountOutcomeKind.Done => TypedResults.Created(
                $"/api/identity/officers/{outcome.Officer!.Id}", new IssuedPassword(OfficerView.Of(outcome.Officer), outcome.OneTimePassword!)),
            AccountOutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors!),
            _ => UnitScope.OutsideUnit(request.UnitCode),
        };
    }

    public static async Task<Results<Ok<IssuedPassword>, NotFound, ProblemHttpResult>> ResetPassword(
        ClaimsPrincipal user, string id, OfficerAccounts accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.ResetPasswordAsync(ManagerOf(user), id, cancellationToken);
        return outcome.Kind switch
        {
            AccountOutcomeKind.Done => TypedResults.Ok(new IssuedPassword(OfficerView.Of(outcome.Officer!), outcome.OneTimePassword!)),
            AccountOutcomeKind.NotFound => TypedResults.NotFound(),
            _ => UnitScope.OutsideUnit(null),
        };
    }

    private static async Task<Results<Ok<OfficerView>, NotFound, ProblemHttpResult>> Answer(Task<AccountOutcome> change) =>
        (await change) switch
        {
            { Kind: AccountOutcomeKind.Done, Officer: { } officer } => TypedResults.Ok(OfficerView.Of(officer)),
            { Kind: AccountOutcomeKind.NotFound } => TypedResults.NotFound(),
            _ => UnitScope.OutsideUnit(null),
        };

    internal static Manager ManagerOf(ClaimsPrincipal user) =>
        new(user.SubjectOf(), user.FindFirst(PlatformClaims.Role)?.Value ?? "", user.UnitCodeOf() ?? "");
}
