using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Intake.Tests;

public class AdministrativeUnitsTests
{
    private static readonly AdministrativeUnits Units =
        AdministrativeUnits.Load();

    [Fact]
    public void TheSeedHoldsAllSixtyThreeProvincesAndThanhHoasTwentySevenDistricts()
    {
        var rows = File.ReadLines(AdministrativeUnits.DefaultPath).Skip(1).ToList();
        Assert.Equal(63, rows.Count(r => r.Split(',')[2] == "Province"));
        Assert.Equal(27, rows.Count(r => r.Split(',') is [_, _, "District", "38"]));
        Assert.True(Units.Exists("38", UnitLevel.Province));
        Assert.True(Units.Exists("96", UnitLevel.Province));
    }

    [Fact]
    public void EveryCodeHasTheLengthOfItsLevelAndEveryParentExists()
    {
        // Reporting tells a unit's level from its code's length when an event names a unit outside the list.
        Assert.All(Units.All, u => Assert.Equal(u.Level switch { UnitLevel.Province => 2, UnitLevel.District => 3, _ => 5 }, u.Code.Length));
        Assert.All(Units.All.Where(u => u.ParentCode is not null), u => Assert.Equal(u.Level - 1, Units.Find(u.ParentCode)?.Level));
    }

    [Fact]
    public void AListWithAMalformedRowIsRefusedNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() =>
            AdministrativeUnits.Read(new StringReader("code,name,level,parentCode\n38,Tỉnh Thanh Hóa,Province,\n380,Thành phố Thanh Hóa,District\n")));
        Assert.Contains("Line 3", error.Message);
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
