using CccdPlatform.Contracts;
using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>A unit's accounts and requests: those of the unit and of every unit under it.</summary>
public static class UnitFilter
{
    public static IQueryable<Account> Within(this IQueryable<Account> accounts, UnitPath unit) =>
        (unit.CommuneCode, unit.DistrictCode) switch
        {
            ({ } commune, _) => accounts.Where(a => a.UnitCommuneCode == commune),
            (null, { } district) => accounts.Where(a => a.UnitDistrictCode == district),
            _ => accounts.Where(a => a.UnitProvinceCode == unit.ProvinceCode),
        };

    public static IQueryable<AccountRequest> Within(this IQueryable<AccountRequest> requests, UnitPath unit) =>
        (unit.CommuneCode, unit.DistrictCode) switch
        {
            ({ } commune, _) => requests.Where(r => r.UnitCommuneCode == commune),
            (null, { } district) => requests.Where(r => r.UnitDistrictCode == district),
            _ => requests.Where(r => r.UnitProvinceCode == unit.ProvinceCode),
        };
}
