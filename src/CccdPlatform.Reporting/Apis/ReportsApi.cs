using System.Security.Claims;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Reporting.Apis;

/// <summary>
/// The campaign's figures for a unit and everything under it, as JSON or CSV. A period before 1 July 2025 reports in
/// the units of 2023, any other in today's, with the old units' figures rolled up when the period spans the change;
/// progress (the running totals) is of today's units with everything rolled up.
/// </summary>
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

        var unit = await units.ReportedAsync(unitCode!, UnitMap.TwoTier2025, rollsUp: true, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit.Unit, units.Maps))
        {
            return UnitScope.OutsideUnit(unit.Unit.Code);
        }

        var progress = await ProgressReport.ReadAsync(db, units.Maps, unit, VietnamTime.DateOf(clock.GetUtcNow()), cancellationToken);
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Figures($"progress-{progress.UnitCode}.csv", progress, json.Value.SerializerOptions)
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

        var unit = await PeriodUnitAsync(unitCode!, first, last, units, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit.Unit, units.Maps))
        {
            return UnitScope.OutsideUnit(unit.Unit.Code);
        }

        var days = await DailyReport.ReadAsync(db, unit, first, last, cancellationToken);
        var rolledUp = await RollUpReport.ReadAsync(db, units.Maps, unit, (first, last), cancellationToken);
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Table($"daily-{unit.Unit.Code}.csv", DailyReport.CsvHeader(days), DailyReport.CsvRows(days))
            : TypedResults.Ok(new DailyReportView(unit.Unit.Code, unit.Unit.Name, unit.Map, first, last, days, rolledUp));
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

        var unit = await PeriodUnitAsync(unitCode!, first, last, units, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit.Unit, units.Maps))
        {
            return UnitScope.OutsideUnit(unit.Unit.Code);
        }

        var report = await TeamsReport.ReadAsync(db, unit, first, last, cancellationToken);
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Table($"teams-{report.UnitCode}.csv", TeamsReport.CsvHeader, TeamsReport.CsvRows(report))
            : TypedResults.Ok(report);
    }

    /// <summary>The units under a unit: today's with running totals, or, for a period, the units and figures of the period.</summary>
    public static async Task<Results<Ok<UnitsReportView>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetUnits(
        string? unitCode, DateOnly? from, DateOnly? to, string? format, HttpRequest request, ClaimsPrincipal user, ReportingDbContext db,
        UnitDirectory units, CancellationToken cancellationToken)
    {
        (DateOnly From, DateOnly To)? days = (from ?? to) is { } first ? (first, to ?? first) : null;
        if ((days is (var f, var l) ? Invalid(unitCode, f, l, MaxDailyDays, format) : Invalid(unitCode, format)) is { } invalid)
        {
            return invalid;
        }

        var unit = days is (var start, var end)
            ? await PeriodUnitAsync(unitCode!, start, end, units, db, cancellationToken)
            : await units.ReportedAsync(unitCode!, UnitMap.TwoTier2025, rollsUp: true, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit.Unit, units.Maps))
        {
            return UnitScope.OutsideUnit(unit.Unit.Code);
        }

        var report = await UnitsReport.ReadAsync(db, units, unit, days, cancellationToken);
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Table($"units-{report.UnitCode}.csv", UnitsReport.CsvHeader, UnitsReport.CsvRows(report))
            : TypedResults.Ok(report);
    }

    /// <summary>The unit a report of these days counts, in the map of the period (README, "Administrative units: two maps").</summary>
    public static Task<ReportedUnit> PeriodUnitAsync(
        string unitCode, DateOnly from, DateOnly to, UnitDirectory units, ReportingDbContext db, CancellationToken cancellationToken) =>
        units.ReportedAsync(unitCode, ReportedUnit.MapOf(from, to), ReportedUnit.Spans(from, to), db, cancellationToken);

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
