using System.Security.Claims;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Apis;

/// <summary>
/// The campaign's door-to-door list: per commune, the eligible citizens with no application yet, and why, so that
/// mobile teams can plan their visits.
/// </summary>
public static class WorklistsApi
{
    public sealed record ReasonRequest(NotServedReason? Reason, string? Note);

    public static RouteGroupBuilder MapWorklistsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/intake/worklists").WithTags("Rosters and worklists");
        group.MapGet("/", GetWorklist).Audited("worklist.read").RequireAuthorization(p => p.RequireRole(
            Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Operations, Roles.Admin));
        group.MapPut("/{personalId}/reason", RecordReason).Audited("worklist.reason").RequireAuthorization(p => p.RequireRole(
            Roles.MobileOfficer, Roles.Supervisor, Roles.Admin));
        return group;
    }

    public static async Task<Results<Ok<Page<WorklistEntry>>, ValidationProblem, ProblemHttpResult>> GetWorklist(
        string? communeCode,
        string? reason,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        IntakeDbContext db,
        UnitMaps maps,
        CitizenRefs refs,
        AuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var units = maps.Today(clock);
        var pageNumber = page ?? 1;
        var size = pageSize ?? 100;
        var errors = new Dictionary<string, string[]>();
        if (!units.Exists(communeCode, UnitLevel.Commune))
        {
            errors["communeCode"] = ["A known commune code (5 digits) is required."];
        }

        if (pageNumber < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (size is < 1 or > ApplicationsApi.MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {ApplicationsApi.MaxPageSize} citizens."];
        }

        NotServedReason reasonFilter = default;
        if (reason is not null && !EnumNames.TryParse(reason, out reasonFilter))
        {
            errors["reason"] = [EnumNames.Expected<NotServedReason>()];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!user.Covers(units.PathOf(communeCode!)!, units.Map, maps))
        {
            return UnitScope.OutsideUnit(communeCode!);
        }

        // A commune of today's map, with the citizens of the old communes' rosters that became part of it.
        var map = units.Map;
        var old = UnitMap.ThreeTier2023;
        var oldCommunes = units.HasDistricts ? [] : maps.FormerUnitsOf(communeCode!, UnitLevel.Commune);
        var query = db.EligibleCitizens.AsNoTracking()
            .Where(c => (c.Map == map && c.CommuneCode == communeCode) || (c.Map == old && oldCommunes.Contains(c.CommuneCode)))
            .Where(c => !db.Applications.Any(a => a.PersonalId == c.PersonalId && a.Status != ApplicationStatus.Cancelled));
        if (reason is not null)
        {
            query = query.Where(c => c.Reason == reasonFilter);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.FullName).ThenBy(c => c.PersonalId)
            .Skip((pageNumber - 1) * size).Take(size)
            .Select(c => new WorklistEntry(
                c.PersonalId, c.FullName, c.DateOfBirth, c.Sex, c.AddressLine, c.Reason, c.ReasonNote, c.ReasonRecordedAt))
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            audit.Read(refs.Of(item.PersonalId), communeCode);
        }

        return TypedResults.Ok(new Page<WorklistEntry>(items, pageNumber, size, total));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> RecordReason(
        string personalId,
        ReasonRequest request,
        ClaimsPrincipal user,
        IntakeDbContext db,
        UnitMaps maps,
        CitizenRefs refs,
        AuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.Reason is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = [EnumNames.Expected<NotServedReason>()],
            });
        }

        if (request.Note is { Length: > 500 } || !PlainText.IsPlain(request.Note, multiLine: true))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["note"] = [request.Note!.Length > 500 ? "At most 500 characters." : PlainText.MultiLineMessage],
            });
        }

        var citizen = await db.EligibleCitizens.FindAsync([personalId], cancellationToken);
        if (citizen is null)
        {
            return TypedResults.NotFound();
        }

        var citizenRef = refs.Of(citizen.PersonalId);
        audit.Read(citizenRef, citizen.CommuneCode);
        if (!user.Covers(maps.Of(citizen.Map).PathOf(citizen.CommuneCode)!, citizen.Map, maps))
        {
            return UnitScope.OutsideUnit(citizen.CommuneCode);
        }

        citizen.Reason = request.Reason;
        citizen.ReasonNote = request.Note?.Trim();
        citizen.ReasonRecordedBy = user.SubjectOf();
        citizen.ReasonRecordedAt = clock.GetUtcNow();
        audit.Change(db, citizenRef, citizen.CommuneCode, StatusCodes.Status204NoContent);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
