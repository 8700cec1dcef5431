using CccdPlatform.Cli.Api;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// A fixed station or a mobile team: the officer signed in (subject, role, unit), its machine, and the area whose
/// communes' citizens it mostly serves (its district in the three-tier map, its province in the two-tier map).
/// </summary>
public sealed record Workplace(
    Channel Channel, string Subject, string Role, string UnitCode, string AreaCode, string MachineId, string? TeamCode)
{
    /// <summary>One station (or, with a team code, a mobile team) of a district or commune in the units' map.</summary>
    public static Workplace At(AdministrativeUnits units, string unitCode, string? teamCode = null, string subject = "cccd-cli", string? role = null)
    {
        var unit = units.Find(unitCode) is { Level: not UnitLevel.Province } found
            ? found
            : throw new ArgumentException($"{unitCode} is not a {(units.HasDistricts ? "district or " : "")}commune in the unit list.");
        var area = unit.Level == UnitLevel.District ? unit.Code : unit.ParentCode!;
        return teamCode is null
            ? new Workplace(Channel.Station, subject, role ?? "StationOfficer", unit.Code, area, $"ST-{unit.Code}-001", null)
            : new Workplace(Channel.Mobile, subject, role ?? "MobileOfficer", unit.Code, area, $"KIT-{unit.Code}-001", teamCode);
    }

    /// <summary>
    /// Stations at district police first, then at commune police, and teams spread over the districts of the province;
    /// in the two-tier map (no districts) stations and teams of its communes.
    /// </summary>
    public static IReadOnlyList<Workplace> Plan(AdministrativeUnits units, int stations, int mobileTeams, string province = UnitList.ThanhHoa)
    {
        if (units.Find(province) is not { Level: UnitLevel.Province })
        {
            throw new ArgumentException($"{province} is not a province in the {units.Map} unit list.");
        }

        if (!units.HasDistricts)
        {
            return PlanByCommune(units, stations, mobileTeams, province);
        }

        var districts = units.ChildrenOf(province);
        var workplaces = new List<Workplace>(stations + mobileTeams);
        for (var i = 0; i < stations; i++)
        {
            var district = districts[i % districts.Count];
            var round = i / districts.Count;
            var communes = units.ChildrenOf(district.Code);
            var unit = round == 0 || communes.Count == 0 ? district.Code : communes[(round - 1) % communes.Count].Code;
            workplaces.Add(new Workplace(
                Channel.Station, $"station-{unit}-{i + 1:D3}", "StationOfficer", unit, district.Code, $"ST-{unit}-{i + 1:D3}", null));
        }

        for (var i = 0; i < mobileTeams; i++)
        {
            var district = districts[i % districts.Count];
            var team = $"TEAM-{district.Code}-{i / districts.Count + 1:D2}";
            workplaces.Add(new Workplace(
                Channel.Mobile, $"mobile-{team.ToLowerInvariant()}", "MobileOfficer", district.Code, district.Code, $"KIT-{district.Code}-{i + 1:D3}", team));
        }

        return workplaces;
    }

    private static List<Workplace> PlanByCommune(AdministrativeUnits units, int stations, int mobileTeams, string province)
    {
        var communes = units.ChildrenOf(province);
        var workplaces = new List<Workplace>(stations + mobileTeams);
        for (var i = 0; i < stations; i++)
        {
            var unit = communes[i % communes.Count].Code;
            workplaces.Add(new Workplace(
                Channel.Station, $"station-{unit}-{i + 1:D3}", "StationOfficer", unit, province, $"ST-{unit}-{i + 1:D3}", null));
        }

        for (var i = 0; i < mobileTeams; i++)
        {
            var unit = communes[i % communes.Count].Code;
            var team = $"TEAM-{unit}-{i / communes.Count + 1:D2}";
            workplaces.Add(new Workplace(
                Channel.Mobile, $"mobile-{team.ToLowerInvariant()}", "MobileOfficer", unit, province, $"KIT-{unit}-{i + 1:D3}", team));
        }

        return workplaces;
    }
}
