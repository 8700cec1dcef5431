using CccdPlatform.Contracts;

namespace CccdPlatform.Domain;

/// <summary>
/// Both maps of Vietnam's administrative units and the way from the old to the new: the three-tier units of the
/// April 2023 list (in force until 30 June 2025) and the two-tier units since 1 July 2025, from
/// <c>Data/administrative-units/</c>, embedded in this assembly (see the README there for sources and licence).
/// </summary>
public sealed class UnitMaps
{
    /// <summary>The first day of the two-tier map (Resolution 202/2025/QH15, Decision 19/2025/QĐ-TTg).</summary>
    public static readonly DateOnly ReformDay = new(2025, 7, 1);

    public const string ThreeTierFile = "units-2023-04-10.csv";
    public const string TwoTierFile = "units-2026-04-30.csv";
    public const string MergerFile = "mergers-2025-07-01.csv";

    private readonly Dictionary<string, UnitSuccession> _successors;
    private readonly Dictionary<string, string[]> _formerUnits;

    public UnitMaps(AdministrativeUnits threeTier, AdministrativeUnits twoTier, MergerTable mergers)
    {
        ThreeTier = threeTier;
        TwoTier = twoTier;
        Mergers = mergers;
        _successors = mergers.Successions.ToDictionary(s => s.OldCode, StringComparer.Ordinal);
        _formerUnits = mergers.Successions.GroupBy(s => s.NewCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.OldCode).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public AdministrativeUnits ThreeTier { get; }

    public AdministrativeUnits TwoTier { get; }

    /// <summary>The map of today's work.</summary>
    public AdministrativeUnits Current => TwoTier;

    public MergerTable Mergers { get; }

    /// <summary>The lists embedded in this assembly, or those of <paramref name="directory"/> (same file names).</summary>
    public static UnitMaps Load(string? directory = null)
    {
        var threeTier = Read(directory, ThreeTierFile, UnitMap.ThreeTier2023);
        var twoTier = Read(directory, TwoTierFile, UnitMap.TwoTier2025);
        using var mergers = Open(directory, MergerFile);
        return new UnitMaps(threeTier, twoTier, MergerTable.Read(mergers, threeTier, twoTier));
    }

    /// <summary>The map work dated <paramref name="day"/> uses: two tiers from 1 July 2025, three before.</summary>
    public static UnitMap MapOn(DateOnly day) => day >= ReformDay ? UnitMap.TwoTier2025 : UnitMap.ThreeTier2023;

    /// <summary>The units in force on <paramref name="day"/>.</summary>
    public AdministrativeUnits On(DateOnly day) => Of(MapOn(day));

    public AdministrativeUnits Of(UnitMap map) => map == UnitMap.TwoTier2025 ? TwoTier : ThreeTier;

    /// <summary>
    /// True for a code that was a province in either map: an ID number keeps the province of birth registration as
    /// coded when it was issued, merged provinces included (002 for Hà Giang).
    /// </summary>
    public bool WasEverAProvince(string? code) =>
        ThreeTier.Exists(code, UnitLevel.Province) || TwoTier.Exists(code, UnitLevel.Province);

    /// <summary>The two-tier unit an old unit's figures roll up into, or null for a code the old map does not hold.</summary>
    public UnitSuccession? SuccessorOf(string oldCode) => _successors.GetValueOrDefault(oldCode);

    /// <summary>The old units (provinces, districts, communes) whose figures roll up into a two-tier unit.</summary>
    public IReadOnlyList<string> FormerUnitsOf(string newCode) => _formerUnits.GetValueOrDefault(newCode) ?? [];

    /// <summary>A code of <paramref name="map"/> as a two-tier code: itself in the new map, its successor in the old.</summary>
    public string? InTwoTier(string code, UnitMap map) =>
        map == UnitMap.TwoTier2025 ? code : SuccessorOf(code)?.NewCode;

    /// <summary>The old units of one level whose figures roll up into a two-tier unit.</summary>
    public IReadOnlyList<string> FormerUnitsOf(string newCode, UnitLevel level) =>
        FormerUnitsOf(newCode).Where(code => ThreeTier.Exists(code, level)).ToList();

    /// <summary>
    /// The one scope rule: true when <paramref name="unit"/>, a unit of <paramref name="map"/>, is the unit
    /// <paramref name="unitCode"/> or lies under it. The code is read in the unit's own map first (an officer of district 380
    /// over the work of 2023); an old unit also lies wherever its successor lies in the two-tier map, so an officer of a
    /// new commune or province covers the old-map work of the units that became part of it.
    /// </summary>
    public bool IsWithin(UnitPath unit, UnitMap map, string unitCode) =>
        unit.SelfAndAncestors().Contains(unitCode)
        || (map == UnitMap.ThreeTier2023
            && SuccessorOf(unit.SelfAndAncestors().Last()) is { } successor
            && TwoTier.PathOf(successor.NewCode) is { } now
            && now.SelfAndAncestors().Contains(unitCode));

    /// <summary>
    /// A code stored without its map (officers' and the registry's units, some written before the reform): the unit of
    /// the current map when it holds the code, else the April 2023 list's. Nearly every new commune took the code of an
    /// old commune it was formed from, so an old code the new map also holds names the unit it became part of.
    /// </summary>
    public LocatedUnit? Locate(string? code) =>
        Current.PathOf(code) is { } now ? new LocatedUnit(now, Current.Map)
        : ThreeTier.PathOf(code) is { } old ? new LocatedUnit(old, UnitMap.ThreeTier2023)
        : null;

    /// <summary>The map of a unit path stored without it (an account's unit): the current map when it holds the path as is, else the April 2023 list.</summary>
    public UnitMap MapOf(UnitPath unit) => Current.PathOf(unit.SelfAndAncestors().Last()) == unit ? Current.Map : UnitMap.ThreeTier2023;

    /// <summary>
    /// Why <paramref name="code"/> is not a unit of <paramref name="units"/> (the map of some day's work), naming what an
    /// old code became under the two-tier map; null when it is one.
    /// </summary>
    public string? WhyNotAUnitOf(AdministrativeUnits units, string? code, string unknown = "This is not a known administrative unit code.") =>
        units.Find(code) is not null ? null
        : !units.HasDistricts && ThreeTier.Find(code) is not null ? WhyNotInTwoTier(code!)
        : unknown;

    /// <summary>
    /// Why a code is not a unit of the two-tier map, naming what an old unit became, or null when it is one.
    /// </summary>
    public string? WhyNotInTwoTier(string code)
    {
        if (TwoTier.Find(code) is not null)
        {
            return null;
        }

        if (ThreeTier.Find(code) is not { } old || SuccessorOf(code) is not { } successor)
        {
            return $"{code} is not the code of a unit since 1 July 2025.";
        }

        var next = TwoTier.Find(successor.NewCode)!;
        return (old.Level, successor.Rule) switch
        {
            (UnitLevel.District, _) =>
                $"{code} ({old.Name}) was a district: there are no districts since 1 July 2025. Give the province ({next.Code}) or a commune.",
            (UnitLevel.Commune, SuccessionRule.Split) =>
                $"Commune {code} ({old.Name}) was divided between several communes on 1 July 2025, among them {next.Code} ({next.Name}).",
            (UnitLevel.Commune, SuccessionRule.ProvinceOnly) =>
                $"Commune {code} ({old.Name}) no longer exists since 1 July 2025; it lay in province {next.Code} ({next.Name}).",
            _ => $"{(old.Level == UnitLevel.Province ? "Province" : "Commune")} {code} ({old.Name}) was merged into {next.Code} ({next.Name}) on 1 July 2025.",
        };
    }

    /// <summary>
    /// Why <paramref name="code"/> is not a commune of province <paramref name="provinceCode"/> in the two-tier map,
    /// naming the commune an old code became, or null when it is one.
    /// </summary>
    public string? WhyNotACommuneOf(string code, string? provinceCode)
    {
        if (TwoTier.Find(code) is { Level: UnitLevel.Commune } commune)
        {
            return commune.ParentCode == provinceCode
                ? null
                : $"Commune {code} ({commune.Name}) is in province {commune.ParentCode} ({TwoTier.Find(commune.ParentCode)!.Name}), not {provinceCode}.";
        }

        return ThreeTier.Exists(code, UnitLevel.Commune) ? WhyNotInTwoTier(code) : "This is not a known commune code.";
    }

    private static AdministrativeUnits Read(string? directory, string file, UnitMap map)
    {
        using var reader = Open(directory, file);
        return AdministrativeUnits.Read(reader, map);
    }

    private static StreamReader Open(string? directory, string file) => directory is null
        ? new StreamReader(typeof(UnitMaps).Assembly.GetManifestResourceStream($"administrative-units/{file}")
            ?? throw new InvalidOperationException($"The unit list {file} is not embedded in {typeof(UnitMaps).Assembly.GetName().Name}."))
        : new StreamReader(Path.Combine(directory, file));
}
