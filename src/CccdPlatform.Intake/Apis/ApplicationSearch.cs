using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Intake.Apis;

/// <summary>
/// The query of <c>GET /api/intake/applications</c>. Dates are Vietnamese calendar days of collection; <c>mine=true</c>
/// keeps the applications the caller collected (the station app's "My applications").
/// </summary>
public sealed record ApplicationSearch(
    string? UnitCode,
    bool? Mine,
    string? Status,
    string? Channel,
    string? TeamCode,
    DateOnly? From,
    DateOnly? To,
    int? Page,
    int? PageSize,
    string? Sort)
{
    private static readonly string[] Sorts = ["receivedAt", "-receivedAt", "collectedAt", "-collectedAt", "fullName", "-fullName"];

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 50;

    public Dictionary<string, string[]> Validate(AdministrativeUnits units, UnitMaps maps, string? unitCode)
    {
        var errors = new Dictionary<string, string[]>();
        if (maps.WhyNotAUnitOf(units, unitCode) is { } why)
        {
            errors["unitCode"] = [why];
        }

        if (Status is not null && !EnumNames.TryParse<ApplicationStatus>(Status, out _))
        {
            errors["status"] = [EnumNames.Expected<ApplicationStatus>()];
        }

        if (Channel is not null && !EnumNames.TryParse<Channel>(Channel, out _))
        {
            errors["channel"] = [EnumNames.Expected<Channel>()];
        }

        if (TeamCode is not null && !SubmitApplicationValidator.BeACode(TeamCode))
        {
            errors["teamCode"] = ["A team code is 1 to 32 letters, digits, '-' or '_'."];
        }

        if (From > To)
        {
            errors["from"] = ["The first day comes after the last."];
        }

        if (PageNumber < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (Size is < 1 or > ApplicationsApi.MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {ApplicationsApi.MaxPageSize} applications."];
        }

        if (Sort is not null && !Sorts.Contains(Sort))
        {
            errors["sort"] = [$"Use one of: {string.Join(", ", Sorts)}."];
        }

        return errors;
    }

    /// <summary>
    /// The applications of <paramref name="unit"/> (a unit of today's map, <paramref name="units"/>) and of the units under
    /// it; under the two-tier map also those collected before 1 July 2025 by the old units that became part of it.
    /// </summary>
    public IQueryable<CitizenApplication> Apply(
        IQueryable<CitizenApplication> applications, UnitPath unit, AdministrativeUnits units, UnitMaps maps, string caller)
    {
        var map = units.Map;
        var old = UnitMap.ThreeTier2023;
        var oldCommunes = units.HasDistricts || unit.CommuneCode is null ? [] : maps.FormerUnitsOf(unit.CommuneCode, UnitLevel.Commune);
        var oldProvinces = units.HasDistricts ? [] : maps.FormerUnitsOf(unit.ProvinceCode, UnitLevel.Province);
        var query = (unit.CommuneCode, unit.DistrictCode) switch
        {
            ({ } commune, _) => applications.Where(a => (a.Map == map && a.CollectingCommuneCode == commune)
                                                        || (a.Map == old && oldCommunes.Contains(a.CollectingCommuneCode!))),
            (null, { } district) => applications.Where(a => a.Map == map && a.CollectingDistrictCode == district),
            // A province also sees its citizens' applications collected in other provinces.
            _ => applications.Where(a => (a.Map == map && (a.CollectingProvinceCode == unit.ProvinceCode
                                                           || a.PermanentAddress.ProvinceCode == unit.ProvinceCode))
                                         || (a.Map == old && (oldProvinces.Contains(a.CollectingProvinceCode)
                                                              || oldProvinces.Contains(a.PermanentAddress.ProvinceCode)))),
        };
        if (Mine is true)
        {
            query = query.Where(a => a.CollectedBy == caller);
        }

        if (Status is not null)
        {
            var status = Enum.Parse<ApplicationStatus>(Status, ignoreCase: true);
            query = query.Where(a => a.Status == status);
        }

        if (Channel is not null)
        {
            var channel = Enum.Parse<Channel>(Channel, ignoreCase: true);
            query = query.Where(a => a.Channel == channel);
        }

        if (TeamCode is not null)
        {
            query = query.Where(a => a.TeamCode == TeamCode);
        }

        if (From is { } from)
        {
            var start = VietnamTime.StartOf(from);
            query = query.Where(a => a.CollectedAt >= start);
        }

        if (To is { } to)
        {
            var end = VietnamTime.StartOf(to.AddDays(1));
            query = query.Where(a => a.CollectedAt < end);
        }

        return query;
    }

    public IQueryable<CitizenApplication> Order(IQueryable<CitizenApplication> query) => Sort switch
    {
        "receivedAt" => query.OrderBy(a => a.ReceivedAt).ThenBy(a => a.Id),
        "collectedAt" => query.OrderBy(a => a.CollectedAt).ThenBy(a => a.Id),
        "-collectedAt" => query.OrderByDescending(a => a.CollectedAt).ThenBy(a => a.Id),
        "fullName" => query.OrderBy(a => a.FullName).ThenBy(a => a.Id),
        "-fullName" => query.OrderByDescending(a => a.FullName).ThenBy(a => a.Id),
        _ => query.OrderByDescending(a => a.ReceivedAt).ThenBy(a => a.Id),
    };
}
