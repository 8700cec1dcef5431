using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
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
        [AsParameters] ReceptionServices services,
        CancellationToken cancellationToken)
    {
        var (user, http, maps, refs, audit, workplaces, reception, clock) = services;
        audit.OnMachine(form.MachineId);
        audit.Read(refs.Of(form.PersonalId!), null);
        var units = FormDays.UnitsOf(form, maps, clock);
        var collectingUnit = units.PathOf(form.CollectingUnitCode!)!;
        if (!user.Covers(collectingUnit, units.Map, maps))
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

        var application = NewApplications.Create(form, units, collectingUnit, user.SubjectOf(), refs, clock.GetUtcNow());
        var key = idempotencyKey is null
            ? null
            : new ResendKey.Idempotency(
                $"{user.SubjectOf()}:{idempotencyKey}",
                Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(form))));
        var (outcome, applicationId) = (await reception.ReceiveAsync([new Submission(application, key)], cancellationToken))[0];
        return outcome switch
        {
            ReceptionOutcome.KeyReused => Problems.IdempotencyKeyReused(),
            ReceptionOutcome.OpenApplicationExists => Problems.OpenApplicationExists(applicationId),
            // A retry has the first's body (the hash says so): the same expiry, unless it gave no collection time and
            // came back on another day that moves the two-year rule, which a retry within the day never does.
            _ => TypedResults.Created(
                $"/api/intake/applications/{applicationId}",
                new ApplicationReceipt(applicationId, ApplicationStatus.Received, application.CardExpiresOn)),
        };
    }

    public static async Task<Results<Ok<ApplicationView>, NotFound, ProblemHttpResult>> GetApplication(
        Guid id, ClaimsPrincipal user, IntakeDbContext db, UnitMaps maps, AuditTrail audit, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.History)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return TypedResults.NotFound();
        }

        audit.Read(application.CitizenRef, application.Id);
        return user.CanSee(application, maps)
            ? TypedResults.Ok(ApplicationView.Of(application))
            : UnitScope.OutsideUnit(application.CollectingUnitCode);
    }

    public static async Task<Results<Ok<Page<ApplicationSummary>>, ValidationProblem, ProblemHttpResult>> SearchApplications(
        [AsParameters] ApplicationSearch search,
        ClaimsPrincipal user,
        IntakeDbContext db,
        UnitMaps maps,
        AuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // Searches are today's work: by a unit of today's map, which also finds the old units' work it took over.
        var units = maps.Today(clock);
        var unitCode = search.UnitCode ?? user.UnitCodeOf();
        var errors = search.Validate(units, maps, unitCode);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var unit = units.PathOf(unitCode!)!;
        if (!user.Covers(unit))
        {
            return UnitScope.OutsideUnit(unitCode!);
        }

        var query = search.Apply(db.Applications.AsNoTracking(), unit, units, maps, user.SubjectOf());
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
