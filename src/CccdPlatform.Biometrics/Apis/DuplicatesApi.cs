using System.Security.Claims;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Biometrics.Screening;
using CccdPlatform.ServiceDefaults.Audit;
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

        group.MapGet("/", ListOpenCases).Audited("duplicate.list");
        group.MapGet("/{id:guid}", GetCase).Audited("duplicate.read");
        group.MapPost("/{id:guid}/decision", Decide).Audited("duplicate.decide").Validate<DecideDuplicate>();
        return group;
    }

    /// <summary>Open suspected duplicates touching an application the caller sees, oldest first.</summary>
    public static async Task<Ok<List<DuplicateCaseView>>> ListOpenCases(
        ClaimsPrincipal user, BiometricsDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var visible = db.Applications.VisibleTo(user).Select(a => a.Id);
        var open = await db.DuplicateCases.AsNoTracking()
            .Where(c => c.Decision == null)
            .Where(c => visible.Contains(c.ApplicationId) || visible.Contains(c.CandidateApplicationId))
            .OrderBy(c => c.RaisedAt)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        var ids = open.SelectMany(c => new[] { c.ApplicationId, c.CandidateApplicationId }).ToList();
        var citizens = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.CitizenRef, cancellationToken);
        foreach (var found in open)
        {
            audit.Read(citizens.GetValueOrDefault(found.ApplicationId), found.Id);
            audit.Read(citizens.GetValueOrDefault(found.CandidateApplicationId), found.Id);
        }

        return TypedResults.Ok(open.Select(DuplicateCaseView.Of).ToList());
    }

    public static async Task<Results<Ok<DuplicateCaseView>, NotFound, ProblemHttpResult>> GetCase(
        Guid id, ClaimsPrincipal user, BiometricsDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var found = await db.DuplicateCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var applications = await ApplicationsOfAsync(db.Applications.AsNoTracking(), found, cancellationToken);
        applications.ForEach(a => audit.Read(a.CitizenRef, found.Id));
        return applications.Any(user.CanSee)
            ? TypedResults.Ok(DuplicateCaseView.Of(found))
            : UnitScope.OutsideUnit(applications.FirstOrDefault(a => a.Id == found.ApplicationId)?.CollectingUnitCode);
    }

    public static async Task<Results<Ok<DuplicateCaseView>, NotFound, ProblemHttpResult>> Decide(
        Guid id,
        DecideDuplicate form,
        ClaimsPrincipal user,
        BiometricsDbContext db,
        CaptureScreening screening,
        AuditTrail audit,
        CancellationToken cancellationToken)
    {
        var duplicate = await db.DuplicateCases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (duplicate is null)
        {
            return TypedResults.NotFound();
        }

        var applications = await ApplicationsOfAsync(db.Applications, duplicate, cancellationToken);
        applications.ForEach(a => audit.Read(a.CitizenRef, duplicate.Id));
        var underReview = applications.First(a => a.Id == duplicate.ApplicationId);
        if (!user.CanActOn(underReview))
        {
            return UnitScope.OutsideUnit(underReview.CollectingUnitCode);
        }

        if (duplicate.Decision is { } decided)
        {
            return Problems.Conflict($"This case was already decided: {decided}, by {duplicate.DecidedBy}.");
        }

        await screening.DecideAsync(duplicate, form.Decision!.Value, form.Reason!.Trim(), user.SubjectOf(), cancellationToken);
        applications.ForEach(a => audit.Change(db, a.CitizenRef, duplicate.Id));
        if (!await screening.TrySaveAsync(cancellationToken))
        {
            return Problems.ConcurrentChange();
        }

        return TypedResults.Ok(DuplicateCaseView.Of(duplicate));
    }

    // The case concerns two citizens: the one whose capture raised it and the one whose face it matched.
    private static Task<List<KnownApplication>> ApplicationsOfAsync(
        IQueryable<KnownApplication> applications, DuplicateCase found, CancellationToken cancellationToken) =>
        applications.Where(a => a.Id == found.ApplicationId || a.Id == found.CandidateApplicationId).ToListAsync(cancellationToken);
}
