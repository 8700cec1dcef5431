using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// The administrative units of a day's work, from the maps the platform knows (<c>Data/administrative-units/</c>, embedded in
/// the Domain assembly): the three-tier units before 1 July 2025, the two-tier units from then (<see cref="UnitMaps.On"/>);
/// <c>--units DIR</c> reads another copy of that directory.
/// </summary>
public static class UnitList
{
    public const string ThanhHoa = "38";

    public static AdministrativeUnits Embedded() => UnitMaps.Load().Current;

    public static AdministrativeUnits Load(string? directory) => UnitMaps.Load(directory).Current;

    /// <summary>The units in force on <paramref name="day"/>.</summary>
    public static AdministrativeUnits On(DateOnly day, string? directory = null) => UnitMaps.Load(directory).On(day);

    /// <summary>
    /// Where a command collects when not told: in Thanh Hoa its capital (the city's police, 380, before 1 July 2025;
    /// Phường Hạc Thành, 14797, since), elsewhere the province's first district or commune.
    /// </summary>
    public static string DefaultCollectingUnit(AdministrativeUnits units, string province) => province == ThanhHoa
        ? units.HasDistricts ? "380" : "14797"
        : Workplace.Plan(units, 1, 0, province)[0].UnitCode;

    /// <summary>A roster's commune when not told: Phường Hàm Rồng (14755) or Hạc Thành (14797), elsewhere the first.</summary>
    public static string DefaultCommune(AdministrativeUnits units, string province) => province == ThanhHoa
        ? units.HasDistricts ? "14755" : "14797"
        : units.ChildrenOf(province).Select(u => u.Level == UnitLevel.Commune ? u : units.ChildrenOf(u.Code).FirstOrDefault())
            .First(u => u is not null)!.Code;
}
