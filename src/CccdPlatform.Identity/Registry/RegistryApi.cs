using System.Security.Claims;
using CccdPlatform.Identity.Apis;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Identity.Registry;

/// <summary>
/// <c>/api/identity/registry</c>: stations, mobile teams and reception machines. <c>PUT</c> registers or changes an
/// item (201 the first time, 200 after, nothing new when it asks for what is there); teams are disbanded and machines
/// retired for good.
/// </summary>
public static class RegistryApi
{
    public static RouteGroupBuilder MapRegistryApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/identity/registry").WithTags("Registry")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Supervisor));
        MapReads<Station>(group, "stations");
        MapReads<Team>(group, "teams");
        MapReads<Machine>(group, "machines");

        group.MapPut("/stations/{code}", (ClaimsPrincipal user, string code, StationForm form, RegistryChanges registry, CancellationToken ct) =>
            Answer("stations", registry.PutStationAsync(OfficersApi.ManagerOf(user), code, form, ct))).Validate<StationForm>().AdminOnly();
        group.MapPut("/teams/{code}", (ClaimsPrincipal user, string code, TeamForm form, RegistryChanges registry, CancellationToken ct) =>
            Answer("teams", registry.PutTeamAsync(OfficersApi.ManagerOf(user), code, form, ct))).Validate<TeamForm>().AdminOnly();
        group.MapPut("/machines/{code}", (ClaimsPrincipal user, string code, MachineForm form, RegistryChanges registry, CancellationToken ct) =>
            Answer("machines", registry.PutMachineAsync(OfficersApi.ManagerOf(user), code, form, ct))).Validate<MachineForm>().AdminOnly();
        group.MapPost("/teams/{code}/disband", (ClaimsPrincipal user, string code, RegistryChanges registry, CancellationToken ct) =>
            Answer("teams", registry.DisbandTeamAsync(OfficersApi.ManagerOf(user), code, ct))).AdminOnly();
        group.MapPost("/machines/{code}/retire", (ClaimsPrincipal user, string code, RegistryChanges registry, CancellationToken ct) =>
            Answer("machines", registry.RetireMachineAsync(OfficersApi.ManagerOf(user), code, ct))).AdminOnly();
        return group;
    }

    public static async Task<Results<Ok<T[]>, ProblemHttpResult>> List<T>(
        ClaimsPrincipal user, RegistryChanges registry, CancellationToken cancellationToken) where T : class, IRegistryItem =>
        await registry.ListAsync<T>(OfficersApi.ManagerOf(user), cancellationToken) is { } items
            ? TypedResults.Ok(items.ToArray())
            : UnitScope.OutsideUnit(user.UnitCodeOf());

    public static async Task<Results<Ok<T>, NotFound>> Get<T>(
        ClaimsPrincipal user, string code, RegistryChanges registry, CancellationToken cancellationToken) where T : class, IRegistryItem =>
        await registry.FindAsync<T>(OfficersApi.ManagerOf(user), code, cancellationToken) is { } item
            ? TypedResults.Ok(item)
            : TypedResults.NotFound();

    private static void MapReads<T>(RouteGroupBuilder group, string kind) where T : class, IRegistryItem
    {
        group.MapGet($"/{kind}", List<T>);
        group.MapGet($"/{kind}/{{code}}", Get<T>);
    }

    private static RouteHandlerBuilder AdminOnly(this RouteHandlerBuilder route) =>
        route.RequireAuthorization(p => p.RequireRole(Roles.Admin));

    private static async Task<Results<Created<T>, Ok<T>, ValidationProblem, NotFound, ProblemHttpResult>> Answer<T>(
        string kind, Task<RegistryOutcome<T>> change) where T : class, IRegistryItem =>
        (await change) switch
        {
            { Kind: RegistryOutcomeKind.Created, Item: { } item } => TypedResults.Created($"/api/identity/registry/{kind}/{item.Code}", item),
            { Kind: RegistryOutcomeKind.Changed or RegistryOutcomeKind.Unchanged, Item: { } item } => TypedResults.Ok(item),
            { Kind: RegistryOutcomeKind.Invalid, Errors: { } errors } => TypedResults.ValidationProblem(errors, title: "The request has invalid fields."),
            { Kind: RegistryOutcomeKind.NotFound } => TypedResults.NotFound(),
            { Kind: RegistryOutcomeKind.Conflict, Detail: var detail } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The registry refuses this change.", detail: detail),
            { Detail: var unit } => UnitScope.OutsideUnit(unit),
        };
}
