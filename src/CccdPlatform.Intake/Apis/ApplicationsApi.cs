using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Extensions;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Persistence;
using CccdPlatform.ServiceDefaults.Registry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Apis;

public static class ApplicationsApi
{
    public const int MaxPageSize = 200;
    private const int MaxIdempotencyKeyLength = 200;

    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intake/applications").WithTags("Applications");
        var officers = new[] { Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin };

        group.MapPost("/", SubmitApplication).Audited("application.create").Validate<SubmitApplication>()
            .RequireAuthorization(p => p.RequireRole(officers));
        group.MapGet("/{id:guid}", GetApplication).Audited("application.read")
            .RequireAuthorization(p => p.RequireRole([.. officers, Roles.Operations]));
        group.MapGet("/", SearchApplications).Audited("application.search")
            .RequireAuthorization(p => p.RequireRole([.. officers, Roles.Operations]));
        group.MapApplicationActions();
        return group;
    }

    public static async Task<Results<Created<ApplicationReceipt>, ProblemHttpResult>> SubmitApplication(
        SubmitApplication form,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        IntakeDbContext db,
        AdministrativeUnits units,
        CitizenRefs refs,
        AuditTrail audit,
        IntakeMetrics metrics,
        Workplaces workplaces,
        HttpContext http,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        audit.OnMachine(form.MachineId);
        audit.Read(refs.Of(form.PersonalId!), null);
        var collectingUnit = units.PathOf(form.CollectingUnitCode!)!;
        if (!user.Covers(collectingUnit))
        {
            return UnitScope.OutsideUnit(form.CollectingUnitCode!);
        }

        if (idempotencyKey is not null
            && (idempotencyKey.Length is 0 or > MaxIdempotencyKeyLength || !idempotencyKey.All(c => c is >= ' ' and <= '~')))
        {
            return Problems.InvalidIdempotencyKey();
        }

        if (await workplaces.CheckAsync(user, http, form.MachineId, form.TeamCode, cancellationToken) is { } refusal)
        {
            return refusal.ToProblem();
        }

        var key = idempotencyKey is null ? null : $"{user.SubjectOf()}:{idempotencyKey}";
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(form)));

        // Saved first, looked up only when the keys say this citizen or this key came before: a retry or a second
        // application costs a failed insert, a new one (nearly every request) no lookups.
        var application = NewApplications.Create(form, collectingUnit, user.SubjectOf(), refs, clock.GetUtcNow());
        db.AddReceived(application, clock);
        audit.Change(db, application.CitizenRef, application.Id, StatusCodes.Status201Created);
        if (key is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Key = key, RequestHash = requestHash, ApplicationId = application.Id, CreatedAt = application.ReceivedAt,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // An earlier or concurrent request holds the same key or the same citizen: answer as it would have.
            db.ChangeTracker.Clear();
            audit.Abandon();
            var winner = await EarlierAnswerAsync(db, key, requestHash, form.PersonalId!, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        metrics.Received(application);
        return Receipt(application.Id);
    }

    private static async Task<Results<Created<ApplicationReceipt>, ProblemHttpResult>?> EarlierAnswerAsync(
        IntakeDbContext db, string? key, string requestHash, string personalId, CancellationToken cancellationToken)
    {
        // The open application first: the winner of a race commits it together with its key, so once it is visible
        // the key is too, and a retry is never mistaken for a second application.
        var open = await db.OpenApplications.FindAsync([personalId], cancellationToken);
        if (key is not null && await db.IdempotencyRecords.FindAsync([key], cancellationToken) is { } record)
        {
            return record.RequestHash == requestHash ? Receipt(record.ApplicationId) : Problems.IdempotencyKeyReused();
        }

        if (open is not null)
        {
            return Problems.OpenApplicationExists(open.ApplicationId);
        }

        return null;
    }

    private static Created<ApplicationReceipt> Receipt(Guid applicationId) => TypedResults.Created(
        $"/api/intake/applications/{applicationId}", new ApplicationReceipt(applicationId, ApplicationStatus.Received));

    public static async Task<Results<Ok<ApplicationView>, NotFound, ProblemHttpResult>> GetApplication(
        Guid id, ClaimsPrincipal user, IntakeDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.History)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        audit.Read(application.CitizenRef, application.Id);
        return user.CanSee(application)
            ? TypedResults.Ok(ApplicationView.Of(application))
            : UnitScope.OutsideUnit(application.CollectingUnitCode);
    }

    public static async Task<Results<Ok<Page<ApplicationSummary>>, ValidationProblem, ProblemHttpResult>> SearchApplications(
        [AsParameters] ApplicationSearch search,
        ClaimsPrincipal user,
        IntakeDbContext db,
        AdministrativeUnits units,
        AuditTrail audit,
        CancellationToken cancellationToken)
    {
        var unitCode = search.UnitCode ?? user.UnitCodeOf();
        var errors = search.Validate(units, unitCode);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var unit = units.PathOf(unitCode!)!;
        if (!user.Covers(unit))
        {
            return UnitScope.OutsideUnit(unitCode!);
        }

        var query = search.Apply(db.Applications.AsNoTracking(), unit);
        var total = await query.CountAsync(cancellationToken);
        var rows = await search.Order(query)
            .Skip((search.PageNumber - 1) * search.Size)
            .Take(search.Size)
            .Select(a => new
            {
                a.CitizenRef,
                Summary = new ApplicationSummary(
                    a.Id, a.PersonalId, a.FullName, a.Status, a.CollectingUnitCode, a.IsCrossProvince, a.Channel, a.VisitType,
                    a.TeamCode, a.CollectedAt, a.ReceivedAt),
            })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            audit.Read(row.CitizenRef, row.Summary.ApplicationId);
        }

        return TypedResults.Ok(new Page<ApplicationSummary>(rows.Select(r => r.Summary).ToList(), search.PageNumber, search.Size, total));
    }
}
