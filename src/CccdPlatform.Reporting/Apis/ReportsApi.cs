using System.Security.Claims;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Reporting.Apis;

/// <summary>The campaign's figures for a unit and everything under it, as JSON or CSV.</summary>
public static class ReportsApi
{
    public const int MaxDailyDays = 366;
    public const int MaxTeamDays = 92;
    public const int DefaultDailyDays = 14;

    public static readonly string[] Readers = [Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Operations, Roles.Admin];

    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reports")
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(Readers));

        group.MapGet("/progress", GetProgress);
        group.MapGet("/daily", GetDaily);
        group.MapGet("/teams", GetTeams);
        group.MapGet("/units", GetUnits);
        return group;
    }

    public static async Task<Results<Ok<ProgressView>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetProgress(
        string? unitCode, string? format, HttpRequest request, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units,
        TimeProvider clock, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (Invalid(unitCode, format) is { } invalid)
        {
            return invalid;
        }

        var unit = await units.FindAsync(unitCode!, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit))
        {
            return UnitScope.OutsideUnit(unit.Code);
        }

        var progress = await ProgressReport.ReadAsync(db, unit, VietnamTime.DateOf(clock.GetUtcNow()), cancellationToken);
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Figures($"progress-{unit.Code}.csv", progress, json.Value.SerializerOptions)
            : TypedResults.Ok(progress);
    }

    public static async Task<Results<Ok<DailyReportView>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetDaily(
        string? unitCode, DateOnly? from, DateOnly? to, string? format, HttpRequest request, ClaimsPrincipal user,
        ReportingDbContext db, UnitDirectory units, TimeProvider clock, CancellationToken cancellationToken)
    {
        var last = to ?? VietnamTime.DateOf(clock.GetUtcNow());
        var first = from ?? last.AddDays(1 - DefaultDailyDays);
        if (Invalid(unitCode, first, last, MaxDailyDays, format) is { } invalid)
        {
            return invalid;
        }

        var unit = await units.FindAsync(unitCode!, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit))
        {
            return UnitScope.OutsideUnit(unit.Code);
        }

        var days = await DailyReport.ReadAsync(db, unit, first, last, cancellationToken);
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Table($"daily-{unit.Code}.csv", DailyReport.CsvHeader(days), DailyReport.CsvRows(days))
            : TypedResults.Ok(new DailyReportView(unit.Code, first, last, days));
    }

    public static async Task<Results<Ok<TeamsReportView>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetTeams(
        string? unitCode, DateOnly? date, DateOnly? from, DateOnly? to, string? format, HttpRequest request, ClaimsPrincipal user,
        ReportingDbContext db, UnitDirectory units, TimeProvider clock, CancellationToken cancellationToken)
    {
        var first = date ?? from ?? to ?? VietnamTime.DateOf(clock.GetUtcNow());
        var last = date ?? to ?? first;
        if (Invalid(unitCode, first, last, MaxTeamDays, format) is { } invalid)
        {
            return invalid;
        }

        var unit = await units.FindAsync(unitCode!, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit))
        {
            return UnitScope.OutsideUnit(unit.Code);
        }

        var report = await TeamsReport.ReadAsync(db, unit, first, last, cancellationToken);
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Table($"teams-{unit.Code}.csv", TeamsReport.CsvHeader, TeamsReport.CsvRows(report))
            : TypedResults.Ok(report);
    }

    public static async Task<Results<Ok<UnitsReportView>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetUnits(
        string? unitCode, string? format, HttpRequest request, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units,
        CancellationToken cancellationToken)
    {
        if (Invalid(unitCode, format) is { } invalid)
        {
            return invalid;
        }

        var unit = await units.FindAsync(unitCode!, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit))
        {
            return UnitScope.OutsideUnit(unit.Code);
        }

        var report = await UnitsReport.ReadAsync(db, units, unit, cancellationToken);
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Table($"units-{unit.Code}.csv", UnitsReport.CsvHeader, UnitsReport.CsvRows(report))
            : TypedResults.Ok(report);
    }

    private static ValidationProblem? Invalid(string? unitCode, string? format) =>
        !UnitCodes.IsValid(unitCode) ? UnitAccess.InvalidUnitCode()
        : !CsvReport.IsValidFormat(format) ? CsvReport.InvalidFormat()
        : null;

    private static ValidationProblem? Invalid(string? unitCode, DateOnly from, DateOnly to, int maxDays, string? format)
    {
        if (Invalid(unitCode, format) is { } invalid)
        {
            return invalid;
        }

        if (from > to)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["The first day comes after the last."] });
        }

        return to.DayNumber - from.DayNumber >= maxDays
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [$"At most {maxDays} days at a time."] })
            : null;
    }
}
