using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>
/// A unit's accounts and requests: those of the unit and of every unit under it. A unit of the two-tier map also takes
/// those of the old units that became part of it (accounts keep the unit they were asked for in, before or after 1 July 2025).
/// </summary>
public static class UnitFilter
{
    public static IQueryable<Account> Within(this IQueryable<Account> accounts, UnitPath unit, AdministrativeUnits units, UnitMaps maps)
    {
        var (communes, provinces) = Former(unit, units, maps);
        return (unit.CommuneCode, unit.DistrictCode) switch
        {
            ({ } commune, _) => accounts.Where(a => a.UnitCommuneCode == commune || communes.Contains(a.UnitCommuneCode!)),
            (null, { } district) => accounts.Where(a => a.UnitDistrictCode == district),
            _ => accounts.Where(a => a.UnitProvinceCode == unit.ProvinceCode || provinces.Contains(a.UnitProvinceCode)),
        };
    }

    public static IQueryable<AccountRequest> Within(this IQueryable<AccountRequest> requests, UnitPath unit, AdministrativeUnits units, UnitMaps maps)
    {
        var (communes, provinces) = Former(unit, units, maps);
        return (unit.CommuneCode, unit.DistrictCode) switch
        {
            ({ } commune, _) => requests.Where(r => r.UnitCommuneCode == commune || communes.Contains(r.UnitCommuneCode!)),
            (null, { } district) => requests.Where(r => r.UnitDistrictCode == district),
            _ => requests.Where(r => r.UnitProvinceCode == unit.ProvinceCode || provinces.Contains(r.UnitProvinceCode)),
        };
    }

    private static (IReadOnlyList<string> Communes, IReadOnlyList<string> Provinces) Former(UnitPath unit, AdministrativeUnits units, UnitMaps maps) =>
        units.HasDistricts
            ? ([], [])
            : (unit.CommuneCode is { } commune ? maps.FormerUnitsOf(commune, UnitLevel.Commune) : [], maps.FormerUnitsOf(unit.ProvinceCode, UnitLevel.Province));
}
