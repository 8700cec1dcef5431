using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.ServiceDefaults.Audit;

public static class AuditApi
{
    /// <summary>Marks a citizen route as audited under <paramref name="action"/> (see <see cref="AuditTrail"/>).</summary>
    public static RouteHandlerBuilder Audited(this RouteHandlerBuilder builder, string action) =>
        builder.WithMetadata(new AuditedAction(action)).AddEndpointFilter<AuditFilter>();

    /// <summary><c>GET {path}</c>: the service's audit entries for Admin, filtered, newest first.</summary>
    public static RouteHandlerBuilder MapAuditApi(this IEndpointRouteBuilder routes, string path) => routes
        .MapGet(path, QueryAudit)
        .WithTags("Audit")
        .WithSummary("Who read or changed which citizen's data, when, from which unit and machine (Admin only)")
        .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));

    public static async Task<Results<Ok<AuditPage>, ValidationProblem>> QueryAudit(
        [AsParameters] AuditQuery query,
        [FromServices] ICitizenRefResolver? resolver,
        DbContext db,
        CancellationToken cancellationToken)
    {
        var errors = query.Validate(resolver is not null);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (query.Citizen is { } citizen)
        {
            var citizenRef = query.IsPersonalId ? await resolver!.CitizenRefOfAsync(citizen, cancellationToken) : citizen;
            entries = entries.Where(e => e.CitizenRef == citizenRef);
        }

        if (query.Subject is { } subject)
        {
            entries = entries.Where(e => e.Subject == subject);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        var items = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((query.PageNumber - 1) * query.Size)
            .Take(query.Size + 1)
            .ToListAsync(cancellationToken);
        var hasMore = items.Count > query.Size;
        return TypedResults.Ok(new AuditPage(items.Take(query.Size).ToList(), query.PageNumber, query.Size, hasMore));
    }
}
