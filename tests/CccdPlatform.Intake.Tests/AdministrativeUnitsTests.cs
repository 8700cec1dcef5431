using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Intake.Tests;

public class AdministrativeUnitsTests
{
    private static readonly AdministrativeUnits Units = UnitMaps.Load().ThreeTier;

    [Fact]
    public void TheThreeTierMapHoldsTheWholeCountryOfApril2023()
    {
        Assert.Equal(63, Units.All.Count(u => u.Level == UnitLevel.Province));
        Assert.Equal(705, Units.All.Count(u => u.Level == UnitLevel.District));
        Assert.Equal(10_598, Units.All.Count(u => u.Level == UnitLevel.Commune));
        Assert.Equal(27, Units.ChildrenOf("38").Count);
        Assert.Equal(559, Units.ChildrenOf("38").Sum(d => Units.ChildrenOf(d.Code).Count));
    }

    [Fact]
    public void EveryCodeHasTheLengthOfItsLevelAndEveryParentExists()
    {
        // Reporting tells a unit's level from its code's length when an event names a unit outside the list.
        Assert.All(Units.All, u => Assert.Equal(u.Level switch { UnitLevel.Province => 2, UnitLevel.District => 3, _ => 5 }, u.Code.Length));
        Assert.All(Units.All.Where(u => u.ParentCode is not null), u => Assert.Equal(u.Level - 1, Units.Find(u.ParentCode)?.Level));
    }

    [Fact]
    public void AListWithACommuneOutsideAnyDistrictIsRefusedNamingTheUnit()
    {
        const string text = "level,code,name,full_name,name_en,parent_code\n" +
                            "province,38,Thanh Hóa,Tỉnh Thanh Hóa,Thanh Hoa,\n" +
                            "commune,14755,Điện Biên,Phường Điện Biên,Dien Bien,38\n";
        var error = Assert.Throws<FormatException>(() => AdministrativeUnits.Read(new StringReader(text), UnitMap.ThreeTier2023));
        Assert.Contains("14755", error.Message);
    }

    [Fact]
    public void TheUnitsUnderADistrictAreItsCommunesInCodeOrder()
    {
        var communes = Units.ChildrenOf("380");
        Assert.NotEmpty(communes);
        Assert.All(communes, c => Assert.Equal(UnitLevel.Commune, c.Level));
        Assert.Equal(communes.Select(c => c.Code).Order(StringComparer.Ordinal), communes.Select(c => c.Code));
        Assert.Empty(Units.ChildrenOf("14755"));
    }

    [Fact]
    public void ACommuneKnowsItsDistrictAndProvince() =>
        Assert.Equal(new UnitPath("38", "380", "14755"), Units.PathOf("14755"));

    [Fact]
    public void ADistrictHasNoCommuneInItsPath() =>
        Assert.Equal(new UnitPath("38", "390", null), Units.PathOf("390"));

    [Fact]
    public void AnUnknownCodeHasNoPath() => Assert.Null(Units.PathOf("99999"));

    [Fact]
    public void ADistrictIsOnlyUnderItsOwnProvince()
    {
        Assert.True(Units.IsDirectlyUnder("380", "38"));
        Assert.False(Units.IsDirectlyUnder("380", "01"));
    }
}
