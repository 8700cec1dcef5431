using System.Security.Claims;
using CccdPlatform.Contracts;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

/// <summary>
/// Eligible-population targets by unit. A unit's target, when set, is what its coverage is measured against; without
/// one, the sum of its communes' rosters is. Targets are set for today's units; those set before 1 July 2025 stay with
/// the 2023 units they were set for, and serve their reports.
/// </summary>
public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reports/targets").WithTags("Targets");
        group.MapGet("/{unitCode}", GetTarget).RequireAuthorization(p => p.RequireRole(ReportsApi.Readers));
        group.MapPut("/{unitCode}", SetTarget).Validate<SetTarget>().RequireAuthorization(p => p.RequireRole(Roles.Operations, Roles.Admin));
        group.MapDelete("/{unitCode}", RemoveTarget).RequireAuthorization(p => p.RequireRole(Roles.Operations, Roles.Admin));
        return group;
    }

    public static async Task<Results<Ok<TargetView>, NotFound, ValidationProblem, ProblemHttpResult>> GetTarget(
        string unitCode, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units, CancellationToken cancellationToken)
    {
        if (!UnitCodes.IsValid(unitCode))
        {
            return UnitAccess.InvalidUnitCode();
        }

        if (!UnitAccess.MayRead(user, await units.FindAsync(unitCode, UnitMap.TwoTier2025, db, cancellationToken), units.Maps))
        {
            return UnitScope.OutsideUnit(unitCode);
        }

        var target = await db.UnitTargets.AsNoTracking().FirstOrDefaultAsync(t => t.Map == UnitMap.TwoTier2025 && t.UnitCode == unitCode, cancellationToken);
        return target is null ? TypedResults.NotFound() : TypedResults.Ok(ViewOf(target));
    }

    public static async Task<Results<Ok<TargetView>, ValidationProblem, ProblemHttpResult>> SetTarget(
        string unitCode, SetTarget request, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!UnitCodes.IsValid(unitCode))
        {
            return UnitAccess.InvalidUnitCode();
        }

        if (!UnitAccess.MayChange(user, await units.FindAsync(unitCode, UnitMap.TwoTier2025, db, cancellationToken), units.Maps))
        {
            return UnitScope.OutsideUnit(unitCode);
        }

        var target = await db.UnitTargets.FirstOrDefaultAsync(t => t.Map == UnitMap.TwoTier2025 && t.UnitCode == unitCode, cancellationToken);
        if (target is null)
        {
            target = new UnitTarget { Map = UnitMap.TwoTier2025, UnitCode = unitCode, SetBy = "" };
            db.UnitTargets.Add(target);
        }

        target.Eligible = request.Eligible!.Value;
        target.SetBy = user.SubjectOf();
        target.SetAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another request set the unit's first target at the same moment: this one, later, replaces it.
            db.ChangeTracker.Clear();
            return await SetTarget(unitCode, request, user, db, units, clock, cancellationToken);
        }

        return TypedResults.Ok(ViewOf(target));
    }

    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> RemoveTarget(
        string unitCode, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units, CancellationToken cancellationToken)
    {
        if (!UnitCodes.IsValid(unitCode))
        {
            return UnitAccess.InvalidUnitCode();
        }

        if (!UnitAccess.MayChange(user, await units.FindAsync(unitCode, UnitMap.TwoTier2025, db, cancellationToken), units.Maps))
        {
            return UnitScope.OutsideUnit(unitCode);
        }

        var removed = await db.UnitTargets.Where(t => t.Map == UnitMap.TwoTier2025 && t.UnitCode == unitCode).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static TargetView ViewOf(UnitTarget target) => new(target.UnitCode, target.Eligible, target.SetBy, target.SetAt);
}
