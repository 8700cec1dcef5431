using System.Globalization;
using CccdPlatform.Contracts;
using CsvHelper;
using CsvHelper.Configuration;

namespace CccdPlatform.Domain;

/// <summary>
/// The units of one map (see <see cref="UnitMaps"/> for both and the way between them), read from the statistics
/// office list as <c>level,code,name,full_name,name_en,parent_code</c>.
/// </summary>
public sealed class AdministrativeUnits
{
    private readonly Dictionary<string, AdministrativeUnit> _byCode;
    private readonly Dictionary<string, AdministrativeUnit[]> _children;

    public AdministrativeUnits(UnitMap map, IEnumerable<AdministrativeUnit> units)
    {
        Map = map;
        All = units.ToList();
        _byCode = All.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _children = All.Where(u => u.ParentCode is not null)
            .GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public UnitMap Map { get; }

    /// <summary>True for the map without districts (since 1 July 2025).</summary>
    public bool HasDistricts => Map == UnitMap.ThreeTier2023;

    /// <summary>Every unit, in the file's order.</summary>
    public IReadOnlyList<AdministrativeUnit> All { get; }

    public int Count => All.Count;

    /// <summary>Reads a list with its header line; a row with an unknown level or a parent it does not hold is refused.</summary>
    public static AdministrativeUnits Read(TextReader reader, UnitMap map)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var units = new List<AdministrativeUnit>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (!Enum.TryParse<UnitLevel>(csv.GetField("level"), ignoreCase: true, out var level)
                || csv.GetField("code") is not { Length: > 0 } code)
            {
                throw new FormatException($"Line {line} of the {map} unit list has no known level or no code.");
            }

            var parent = csv.GetField("parent_code");
            units.Add(new AdministrativeUnit(code, csv.GetField("full_name")!, level, parent is { Length: > 0 } ? parent : null,
                csv.GetField("name_en") ?? ""));
        }

        var list = new AdministrativeUnits(map, units);
        if (units.FirstOrDefault(u => u.ParentCode is not null && list.Find(u.ParentCode)?.Level != ParentLevel(map, u.Level)) is { } orphan)
        {
            throw new FormatException($"Unit {orphan.Code} of the {map} unit list is not under a {ParentLevel(map, orphan.Level)}.");
        }

        return list;
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
            UnitLevel.Commune when !HasDistricts => new UnitPath(unit.ParentCode!, null, unit.Code),
            UnitLevel.Commune => new UnitPath(Find(unit.ParentCode)!.ParentCode!, unit.ParentCode, unit.Code),
            _ => null,
        };
    }

    /// <summary>The province a unit lies in, or null when the code is unknown.</summary>
    public string? ProvinceOf(string? code) => PathOf(code)?.ProvinceCode;

    private static UnitLevel? ParentLevel(UnitMap map, UnitLevel level) => level switch
    {
        UnitLevel.Commune when map == UnitMap.TwoTier2025 => UnitLevel.Province,
        UnitLevel.Commune => UnitLevel.District,
        UnitLevel.District => UnitLevel.Province,
        _ => null,
    };
}
