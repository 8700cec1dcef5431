using System.Security.Claims;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Screening;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Apis;

public static class DuplicatesApi
{
    public const int MaxListed = 200;

    public static RouteGroupBuilder MapDuplicatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/biometrics/duplicates")
            .WithTags("Duplicates")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Admin));

        group.MapGet("/", ListOpenCases);
        group.MapGet("/{id:guid}", GetCase);
        group.MapPost("/{id:guid}/decision", Decide).Validate<DecideDuplicate>();
        return group;
    }

    /// <summary>Open suspected duplicates, oldest first.</summary>
    public static async Task<Ok<List<DuplicateCaseView>>> ListOpenCases(BiometricsDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.DuplicateCases.AsNoTracking()
            .Where(c => c.Decision == null)
            .OrderBy(c => c.RaisedAt)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(open.Select(DuplicateCaseView.Of).ToList());
    }

    public static async Task<Results<Ok<DuplicateCaseView>, NotFound>> GetCase(
        Guid id, BiometricsDbContext db, CancellationToken cancellationToken) =>
        await db.DuplicateCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } found
            ? TypedResults.Ok(DuplicateCaseView.Of(found))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<DuplicateCaseView>, NotFound, ProblemHttpResult>> Decide(
        Guid id,
        DecideDuplicate form,
        ClaimsPrincipal user,
        BiometricsDbContext db,
        CaptureScreening screening,
        CancellationToken cancellationToken)
    {
        var duplicate = await db.DuplicateCases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (duplicate is null)
        {
            return TypedResults.NotFound();
        }

        if (duplicate.Decision is { } decided)
        {
            return Problems.Conflict($"This case was already decided: {decided}, by {duplicate.DecidedBy}.");
        }

        await screening.DecideAsync(duplicate, form.Decision!.Value, form.Reason!.Trim(), user.SubjectOf(), cancellationToken);
        if (!await screening.TrySaveAsync(cancellationToken))
        {
            return Problems.ConcurrentChange();
        }

        return TypedResults.Ok(DuplicateCaseView.Of(duplicate));
    }
}
