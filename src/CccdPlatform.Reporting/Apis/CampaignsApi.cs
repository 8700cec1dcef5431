using System.Security.Claims;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Reporting.Apis;

/// <summary>Campaign windows: named periods (a holiday push, say) that Operations define and everyone reports on.</summary>
public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reports/campaigns").WithTags("Campaign windows");
        group.MapPost("/", CreateCampaign).Validate<CreateCampaign>().RequireAuthorization(p => p.RequireRole(Roles.Operations, Roles.Admin));
        group.MapGet("/", ListCampaigns).RequireAuthorization(p => p.RequireRole(ReportsApi.Readers));
        group.MapGet("/{id:guid}", GetCampaign).RequireAuthorization(p => p.RequireRole(ReportsApi.Readers));
        group.MapGet("/{id:guid}/summary", GetSummary).RequireAuthorization(p => p.RequireRole(ReportsApi.Readers));
        return group;
    }

    public static async Task<Results<Created<CampaignView>, ProblemHttpResult>> CreateCampaign(
        CreateCampaign request, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var unit = await ReportsApi.PeriodUnitAsync(request.UnitCode!, request.From!.Value, request.To!.Value, units, db, cancellationToken);
        if (!UnitAccess.MayChange(user, unit.Unit, units.Maps))
        {
            return UnitScope.OutsideUnit(request.UnitCode!);
        }

        var campaign = new CampaignWindow
        {
            Id = Guid.CreateVersion7(),
            Name = request.Name!.Trim(),
            UnitCode = request.UnitCode!,
            From = request.From!.Value,
            To = request.To!.Value,
            CreatedBy = user.SubjectOf(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.CampaignWindows.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/reports/campaigns/{campaign.Id}", ViewOf(campaign));
    }

    /// <summary>The windows of units the caller covers; with <paramref name="unitCode"/>, of that unit and the units under it.</summary>
    public static async Task<Results<Ok<List<CampaignView>>, ValidationProblem>> ListCampaigns(
        string? unitCode, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units, CancellationToken cancellationToken)
    {
        if (unitCode is not null && !UnitCodes.IsValid(unitCode))
        {
            return UnitAccess.InvalidUnitCode();
        }

        var visible = new List<CampaignView>();
        foreach (var campaign in await db.CampaignWindows.AsNoTracking().OrderByDescending(c => c.From).ToListAsync(cancellationToken))
        {
            var unit = (await UnitOfAsync(campaign, units, db, cancellationToken)).Unit;
            if (UnitAccess.MayRead(user, unit, units.Maps) && (unitCode is null || unit.Path?.SelfAndAncestors().Contains(unitCode) == true))
            {
                visible.Add(ViewOf(campaign));
            }
        }

        return TypedResults.Ok(visible);
    }

    public static async Task<Results<Ok<CampaignView>, NotFound, ProblemHttpResult>> GetCampaign(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignWindows.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        return UnitAccess.MayRead(user, (await UnitOfAsync(campaign, units, db, cancellationToken)).Unit, units.Maps)
            ? TypedResults.Ok(ViewOf(campaign))
            : UnitScope.OutsideUnit(campaign.UnitCode);
    }

    public static async Task<Results<Ok<CampaignSummaryView>, FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> GetSummary(
        Guid id, string? format, HttpRequest request, ClaimsPrincipal user, ReportingDbContext db, UnitDirectory units,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (!CsvReport.IsValidFormat(format))
        {
            return CsvReport.InvalidFormat();
        }

        var campaign = await db.CampaignWindows.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        var unit = await UnitOfAsync(campaign, units, db, cancellationToken);
        if (!UnitAccess.MayRead(user, unit.Unit, units.Maps))
        {
            return UnitScope.OutsideUnit(campaign.UnitCode);
        }

        var days = await DailyReport.ReadAsync(db, unit, campaign.From, campaign.To, cancellationToken);
        var teams = await TeamsReport.ReadAsync(db, unit, campaign.From, campaign.To, cancellationToken);
        var summary = new CampaignSummaryView(
            ViewOf(campaign),
            days.Sum(d => d.Received),
            Totals(days.Select(d => d.ByChannel)),
            Totals(days.Select(d => d.ByVisitType)),
            days.Sum(d => d.Covered),
            days.Sum(d => d.ForOtherProvinces),
            days.Sum(d => d.ReceivedElsewhere),
            days.Sum(d => d.EIdCreated),
            days,
            teams.Teams.Select(t => new TeamTotalView(t.Code, t.Records)).ToList(),
            teams.Machines.Select(m => new TeamTotalView(m.Code, m.Records)).ToList());
        return CsvReport.IsWanted(format, request)
            ? CsvReport.Figures($"campaign-{campaign.Id}.csv", summary, json.Value.SerializerOptions)
            : TypedResults.Ok(summary);
    }

    /// <summary>A window's unit is of the map of its days, as a report of those days.</summary>
    private static Task<ReportedUnit> UnitOfAsync(CampaignWindow campaign, UnitDirectory units, ReportingDbContext db, CancellationToken cancellationToken) =>
        ReportsApi.PeriodUnitAsync(campaign.UnitCode, campaign.From, campaign.To, units, db, cancellationToken);

    private static Dictionary<string, long> Totals(IEnumerable<IReadOnlyDictionary<string, long>> days) => days
        .SelectMany(d => d)
        .GroupBy(f => f.Key)
        .ToDictionary(g => g.Key, g => g.Sum(f => f.Value));

    private static CampaignView ViewOf(CampaignWindow c) => new(c.Id, c.Name, c.UnitCode, c.From, c.To, c.CreatedBy, c.CreatedAt);
}
