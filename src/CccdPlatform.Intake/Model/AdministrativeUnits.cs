using CccdPlatform.Contracts;

namespace CccdPlatform.Intake.Model;

/// <summary>The administrative unit list, loaded once from <c>Data/admin-units.csv</c>.</summary>
public sealed class AdministrativeUnits
{
    private readonly Dictionary<string, AdministrativeUnit> _byCode;

    public AdministrativeUnits(IEnumerable<AdministrativeUnit> units) =>
        _byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);

    public int Count => _byCode.Count;

    public static AdministrativeUnits LoadCsv(string path) => new(File.ReadLines(path)
        .Skip(1)
        .Where(line => !string.IsNullOrWhiteSpace(line))
        .Select(line => line.Split(','))
        .Select(f => new AdministrativeUnit(
            f[0], f[1], Enum.Parse<UnitLevel>(f[2]), string.IsNullOrEmpty(f[3]) ? null : f[3])));

    public AdministrativeUnit? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code, out var unit) ? unit : null;

    public bool Exists(string? code, UnitLevel level) => Find(code)?.Level == level;

    /// <summary>True when <paramref name="childCode"/> is a unit directly under <paramref name="parentCode"/>.</summary>
    public bool IsDirectlyUnder(string? childCode, string? parentCode) =>
        parentCode is not null && Find(childCode)?.ParentCode == parentCode;

    /// <summary>The unit and the units above it, or null when the code is unknown.</summary>
    public UnitPath? PathOf(string code)
    {
        var unit = Find(code);
        return unit?.Level switch
        {
            UnitLevel.Province => new UnitPath(unit.Code, null, null),
            UnitLevel.District => new UnitPath(unit.ParentCode!, unit.Code, null),
            UnitLevel.Commune => new UnitPath(Find(unit.ParentCode)!.ParentCode!, unit.ParentCode, unit.Code),
            _ => null,
        };
    }
}
