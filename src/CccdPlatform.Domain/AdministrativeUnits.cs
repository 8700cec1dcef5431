using CccdPlatform.Contracts;

namespace CccdPlatform.Domain;

/// <summary>
/// The administrative unit list every service checks against, from <c>Data/admin-units.csv</c>
/// (<c>code,name,level,parentCode</c>; see Data/README.md), which this project copies beside each program that uses it.
/// </summary>
public sealed class AdministrativeUnits
{
    private readonly Dictionary<string, AdministrativeUnit> _byCode;
    private readonly Dictionary<string, AdministrativeUnit[]> _children;

    public AdministrativeUnits(IEnumerable<AdministrativeUnit> units)
    {
        All = units.ToList();
        _byCode = All.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _children = All.Where(u => u.ParentCode is not null)
            .GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Where the list is read from by default: <c>Data/admin-units.csv</c> beside the program.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "admin-units.csv");

    /// <summary>Every unit, in the file's order.</summary>
    public IReadOnlyList<AdministrativeUnit> All { get; }

    public int Count => All.Count;

    public static AdministrativeUnits Load(string? path = null)
    {
        using var reader = new StreamReader(path ?? DefaultPath);
        return Read(reader);
    }

    /// <summary>Reads the list from CSV text with its header line; a row without four fields or with an unknown level is refused.</summary>
    public static AdministrativeUnits Read(TextReader reader)
    {
        var units = new List<AdministrativeUnit>();
        reader.ReadLine();
        for (var lineNumber = 2; reader.ReadLine() is { } line; lineNumber++)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Split(',') is not [var code, var name, var level, var parent] || !Enum.TryParse<UnitLevel>(level, out var unitLevel))
            {
                throw new FormatException($"Line {lineNumber} of the unit list is not code,name,level,parentCode: {line}");
            }

            units.Add(new AdministrativeUnit(code, name, unitLevel, parent.Length == 0 ? null : parent));
        }

        return new AdministrativeUnits(units);
    }

    public AdministrativeUnit? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code, out var unit) ? unit : null;

    public bool Exists(string? code, UnitLevel level) => Find(code)?.Level == level;

    /// <summary>True when <paramref name="childCode"/> is a unit directly under <paramref name="parentCode"/>.</summary>
    public bool IsDirectlyUnder(string? childCode, string? parentCode) =>
        parentCode is not null && Find(childCode)?.ParentCode == parentCode;

    /// <summary>The units directly under a unit, by code.</summary>
    public IReadOnlyList<AdministrativeUnit> ChildrenOf(string code) => _children.GetValueOrDefault(code) ?? [];

    /// <summary>The unit and the units above it, or null when the code is unknown.</summary>
    public UnitPath? PathOf(string? code)
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
