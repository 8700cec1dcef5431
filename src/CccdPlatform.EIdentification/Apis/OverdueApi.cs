using System.Security.Claims;
using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Apis;

public static class OverdueApi
{
    public static RouteHandlerBuilder MapOverdueApi(this IEndpointRouteBuilder routes) => routes
        .MapGet("/api/eid/overdue", ListOverdue)
        .WithTags("Deadlines")
        .Audited("overdue.read")
        .RequireAuthorization(p => p.RequireRole(Access.OverdueReaders));

    /// <summary>A unit's requests still unfulfilled after their legal deadline, the longest overdue first.</summary>
    public static async Task<Results<Ok<Page<OverdueRequest>>, ValidationProblem, ProblemHttpResult>> ListOverdue(
        string? unitCode,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        EIdentificationDbContext db,
        UnitMaps maps,
        AuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        unitCode ??= user.UnitCodeOf();
        var (pageNumber, size) = (page ?? 1, pageSize ?? 50);
        var errors = AccountSearch.PageErrors(pageNumber, size);
        var units = maps.Today(clock);
        var unit = units.PathOf(unitCode);
        if (maps.WhyNotAUnitOf(units, unitCode) is { } why)
        {
            errors["unitCode"] = [why];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!user.Covers(unit!))
        {
            return UnitScope.OutsideUnit(unitCode);
        }

        var now = clock.GetUtcNow();
        var overdue = db.AccountRequests.AsNoTracking().Within(unit!, units, maps).Where(r => r.FulfilledAt == null && r.DueAt <= now);
        var total = await overdue.CountAsync(cancellationToken);
        var rows = await overdue
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .Join(db.Citizens, r => r.Account.PersonalId, c => c.PersonalId, (r, c) => new
            {
                c.CitizenRef,
                Request = new OverdueRequest(
                    r.Id, r.AccountId, c.PersonalId, c.FullName, r.Kind, r.Level, r.WaitingFor,
                    r.UnitCommuneCode ?? r.UnitDistrictCode ?? r.UnitProvinceCode, r.RequestedAt, r.WorkingDays, r.DueDate, r.DueAt,
                    r.BreachedAt),
            })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            audit.Read(row.CitizenRef, row.Request.AccountId);
        }

        return TypedResults.Ok(new Page<OverdueRequest>(rows.Select(r => r.Request).ToList(), pageNumber, size, total));
    }
}
