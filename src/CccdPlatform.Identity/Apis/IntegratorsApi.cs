using System.Security.Claims;
using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using CccdPlatform.Identity.Registry;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Identity.Apis;

/// <summary>
/// <c>/api/identity/integrators</c>, Admin only: integrators' systems, which get tokens with the client-credentials
/// grant. Registering and rotating answer the client secret once; retiring is for good.
/// </summary>
public static class IntegratorsApi
{
    public const string Path = "/api/identity/integrators";

    public static RouteGroupBuilder MapIntegratorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Integrators").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/", List);
        group.MapGet("/{clientId}", Get);
        group.MapPost("/", Register).Validate<NewIntegrator>();
        group.MapPost("/{clientId}/retire", (ClaimsPrincipal user, string clientId, IntegratorClients clients, CancellationToken ct) =>
            Answer(clients.RetireAsync(OfficersApi.ManagerOf(user), clientId, ct)));
        group.MapPost("/{clientId}/secret", (ClaimsPrincipal user, string clientId, IntegratorClients clients, CancellationToken ct) =>
            Answer(clients.RotateSecretAsync(OfficersApi.ManagerOf(user), clientId, ct)));
        return group;
    }

    public static async Task<Ok<IReadOnlyList<Integrator>>> List(IntegratorClients clients, CancellationToken cancellationToken) =>
        TypedResults.Ok(await clients.ListAsync(cancellationToken));

    public static async Task<Results<Ok<Integrator>, NotFound>> Get(string clientId, IntegratorClients clients, CancellationToken cancellationToken) =>
        await clients.FindAsync(clientId, cancellationToken) is { } integrator ? TypedResults.Ok(integrator) : TypedResults.NotFound();

    /// <summary>201 with the client id and, once only, its secret.</summary>
    public static async Task<Results<Created<IssuedClientSecret>, ValidationProblem>> Register(
        ClaimsPrincipal user, NewIntegrator form, IntegratorClients clients, CancellationToken cancellationToken) =>
        await clients.RegisterAsync(OfficersApi.ManagerOf(user), form, cancellationToken) switch
        {
            { Item: { } issued } => TypedResults.Created($"{Path}/{issued.Integrator.ClientId}", issued),
            { Errors: var errors } => TypedResults.ValidationProblem(errors!, title: "The request has invalid fields."),
        };

    private static async Task<Results<Ok<T>, NotFound, ProblemHttpResult>> Answer<T>(Task<RegistryOutcome<T>> change) where T : class =>
        (await change) switch
        {
            { Item: { } item } => TypedResults.Ok(item),
            { Kind: RegistryOutcomeKind.NotFound } => TypedResults.NotFound(),
            { Detail: var detail } => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The integrator cannot be changed so.", detail: detail),
        };
}
