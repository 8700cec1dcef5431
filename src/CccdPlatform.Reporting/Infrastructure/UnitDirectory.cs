using System.Collections.Concurrent;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>
/// Where units lie and what they are called, in each map: the reference lists (the whole country in 2023 and since
/// 2025) plus every unit reporting has learned from events, such as a unit missing from the lists. Reporting owns no
/// unit tree, so a unit in neither is unknown.
/// </summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<(UnitMap, string), UnitInfo> _reference;
    private readonly ConcurrentDictionary<(UnitMap, string), UnitPath> _learned = new();

    public UnitDirectory(UnitMaps maps)
    {
        Maps = maps;
        _reference = new[] { maps.ThreeTier, maps.TwoTier }
            .SelectMany(units => units.All.Select(u => new UnitInfo(u.Code, u.Name, u.Level, units.PathOf(u.Code), units.Map)))
            .ToDictionary(u => (u.Map, u.Code));
    }

    public UnitMaps Maps { get; }

    public bool IsKnown(UnitMap map, string code) =>
        code.Length == 2 || _reference.ContainsKey((map, code)) || _learned.ContainsKey((map, code));

    /// <summary>Remembers units whose rows were committed, so later batches do not look them up again.</summary>
    public void Remember(IEnumerable<KnownUnit> units)
    {
        foreach (var unit in units)
        {
            _learned[(unit.Map, unit.Code)] = new UnitPath(unit.ProvinceCode, unit.DistrictCode, unit.CommuneCode);
        }
    }

    /// <summary>The unit the code names in <paramref name="map"/>.</summary>
    public async Task<UnitInfo> FindAsync(string code, UnitMap map, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (_reference.TryGetValue((map, code), out var reference))
        {
            return reference;
        }

        if (code.Length == 2)
        {
            return new UnitInfo(code, null, UnitLevel.Province, new UnitPath(code, null, null), map);
        }

        if (!_learned.TryGetValue((map, code), out var path))
        {
            var known = await db.KnownUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Map == map && u.Code == code, cancellationToken);
            if (known is not null)
            {
                Remember([known]);
                path = new UnitPath(known.ProvinceCode, known.DistrictCode, known.CommuneCode);
            }
        }

        return new UnitInfo(code, null, UnitCodes.LevelOf(code), path, map);
    }

    /// <summary>The unit a report counts: the unit of <paramref name="map"/>, with its 2023 units when the report rolls them up.</summary>
    public async Task<ReportedUnit> ReportedAsync(
        string code, UnitMap map, bool rollsUp, ReportingDbContext db, CancellationToken cancellationToken) =>
        Reported(await FindAsync(code, map, db, cancellationToken), rollsUp);

    public ReportedUnit Reported(UnitInfo unit, bool rollsUp)
    {
        var former = rollsUp && unit.Map == UnitMap.TwoTier2025
            ? Maps.FormerUnitsOf(unit.Code).Select(c => Maps.SuccessorOf(c)!).Where(s => UnitCodes.LevelOf(s.OldCode) == unit.Level).ToList()
            : [];
        return new ReportedUnit(unit, rollsUp && unit.Map == UnitMap.TwoTier2025, former);
    }

    /// <summary>
    /// The units directly under a unit in its map, from the reference list and from events: a province's districts
    /// (2023) or communes (2025), a district's communes.
    /// </summary>
    public async Task<IReadOnlyList<UnitInfo>> ChildrenOfAsync(UnitInfo unit, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (unit.Level == UnitLevel.Commune)
        {
            return [];
        }

        var map = unit.Map;
        var learned = unit.Level == UnitLevel.Province
            ? db.KnownUnits.Where(u => u.Map == map && u.ProvinceCode == unit.Code
                && (u.DistrictCode != null && u.CommuneCode == null || u.DistrictCode == null && u.CommuneCode != null))
            : db.KnownUnits.Where(u => u.Map == map && u.DistrictCode == unit.Code && u.CommuneCode != null);
        var children = Maps.Of(map).ChildrenOf(unit.Code).ToDictionary(u => u.Code, u => _reference[(map, u.Code)]);
        foreach (var known in await learned.AsNoTracking().ToListAsync(cancellationToken))
        {
            children.TryAdd(known.Code, new UnitInfo(
                known.Code, null, UnitCodes.LevelOf(known.Code), new UnitPath(known.ProvinceCode, known.DistrictCode, known.CommuneCode), map));
        }

        return children.Values.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
    }
}
