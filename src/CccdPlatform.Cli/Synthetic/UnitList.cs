using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// The administrative units of today's work, from the maps the platform knows (<c>Data/administrative-units/</c> beside
/// the tool); <c>--units DIR</c> reads another copy of that directory.
/// </summary>
public static class UnitList
{
    public const string ThanhHoa = "38";

    public static AdministrativeUnits Embedded() => UnitMaps.Load().Current;

    public static AdministrativeUnits Load(string? directory) => UnitMaps.Load(directory).Current;
}
