using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// The administrative units the platform knows (<c>admin-units.csv</c>): every province, and Thanh Hoa's districts and
/// communes. Embedded in the tool so that it runs from anywhere; <c>--units FILE</c> reads another copy.
/// </summary>
public static class UnitList
{
    public const string ThanhHoa = "38";

    public static AdministrativeUnits Embedded()
    {
        using var stream = typeof(UnitList).Assembly.GetManifestResourceStream("admin-units.csv")
            ?? throw new InvalidOperationException("The unit list is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return AdministrativeUnits.Read(reader);
    }

    public static AdministrativeUnits Load(string? path) => path is null ? Embedded() : AdministrativeUnits.Load(path);
}
