using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Apis;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reports")
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(
                Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Operations, Roles.Admin));

        group.MapGet("/progress", GetProgress);
        return group;
    }

    public static async Task<Results<Ok<ProgressView>, ValidationProblem>> GetProgress(
        string? unitCode, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(unitCode) || unitCode.Length is not (2 or 3 or 5) || !unitCode.All(char.IsAsciiDigit))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["unitCode"] = ["A unit code is 2 (province), 3 (district) or 5 (commune) digits."],
            });
        }

        var received = await db.UnitProgress.AsNoTracking()
            .Where(p => p.UnitCode == unitCode)
            .Select(p => p.Received)
            .FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new ProgressView(unitCode, received));
    }
}
