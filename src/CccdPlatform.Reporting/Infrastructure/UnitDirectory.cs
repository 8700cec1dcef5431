using System.Collections.Concurrent;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Model;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Infrastructure;

/// <summary>
/// Where units lie and what they are called: the platform's reference list (every province, and Thanh Hoa's districts
/// and communes) plus every unit reporting has learned from events, such as another province's district that
/// collected an application. Reporting owns no unit tree, so a unit in neither is unknown.
/// </summary>
public sealed class UnitDirectory
{
    private readonly AdministrativeUnits _units;
    private readonly Dictionary<string, UnitInfo> _reference;
    private readonly ConcurrentDictionary<string, UnitPath> _learned = new();

    public UnitDirectory(AdministrativeUnits units)
    {
        _units = units;
        _reference = units.All.ToDictionary(u => u.Code, u => new UnitInfo(u.Code, u.Name, u.Level, units.PathOf(u.Code)));
    }

    public bool IsKnown(string code) => code.Length == 2 || _reference.ContainsKey(code) || _learned.ContainsKey(code);

    /// <summary>Remembers units whose rows were committed, so later batches do not look them up again.</summary>
    public void Remember(IEnumerable<KnownUnit> units)
    {
        foreach (var unit in units)
        {
            _learned[unit.Code] = new UnitPath(unit.ProvinceCode, unit.DistrictCode, unit.CommuneCode);
        }
    }

    public async Task<UnitInfo> FindAsync(string code, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (_reference.TryGetValue(code, out var reference))
        {
            return reference;
        }

        if (code.Length == 2)
        {
            return new UnitInfo(code, null, UnitLevel.Province, new UnitPath(code, null, null));
        }

        if (!_learned.TryGetValue(code, out var path))
        {
            var known = await db.KnownUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
            if (known is not null)
            {
                Remember([known]);
                path = new UnitPath(known.ProvinceCode, known.DistrictCode, known.CommuneCode);
            }
        }

        return new UnitInfo(code, null, UnitCodes.LevelOf(code), path);
    }

    /// <summary>The districts of a province or the communes of a district, from the reference list and from events.</summary>
    public async Task<IReadOnlyList<UnitInfo>> ChildrenOfAsync(UnitInfo unit, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (unit.Level == UnitLevel.Commune)
        {
            return [];
        }

        var learned = unit.Level == UnitLevel.Province
            ? db.KnownUnits.Where(u => u.ProvinceCode == unit.Code && u.DistrictCode != null && u.CommuneCode == null)
            : db.KnownUnits.Where(u => u.DistrictCode == unit.Code && u.CommuneCode != null);
        var children = _units.ChildrenOf(unit.Code).ToDictionary(u => u.Code, u => _reference[u.Code]);
        foreach (var known in await learned.AsNoTracking().ToListAsync(cancellationToken))
        {
            children.TryAdd(known.Code, new UnitInfo(
                known.Code, null, UnitCodes.LevelOf(known.Code), new UnitPath(known.ProvinceCode, known.DistrictCode, known.CommuneCode)));
        }

        return children.Values.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
    }
}
