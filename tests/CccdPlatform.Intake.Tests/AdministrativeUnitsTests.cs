using CccdPlatform.Contracts;
using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Tests;

public class AdministrativeUnitsTests
{
    private static readonly AdministrativeUnits Units =
        AdministrativeUnits.LoadCsv(Path.Combine(AppContext.BaseDirectory, "Data", "admin-units.csv"));

    [Fact]
    public void TheSeedHoldsAllSixtyThreeProvincesAndThanhHoasTwentySevenDistricts()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "admin-units.csv")).Skip(1).ToList();
        Assert.Equal(63, rows.Count(r => r.Split(',')[2] == "Province"));
        Assert.Equal(27, rows.Count(r => r.Split(',') is [_, _, "District", "38"]));
        Assert.True(Units.Exists("38", UnitLevel.Province));
        Assert.True(Units.Exists("96", UnitLevel.Province));
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
