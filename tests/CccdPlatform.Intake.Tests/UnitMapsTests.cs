using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Intake.Tests;

public class UnitMapsTests
{
    private static readonly UnitMaps Maps = UnitMaps.Load();

    [Fact]
    public void TheTwoTierMapHasThirtyFourProvincesAndTheirCommunesDirectlyUnderThem()
    {
        var map = Maps.TwoTier;
        Assert.Equal(34, map.All.Count(u => u.Level == UnitLevel.Province));
        Assert.Equal(3_321, map.All.Count(u => u.Level == UnitLevel.Commune));
        Assert.DoesNotContain(map.All, u => u.Level == UnitLevel.District);
        Assert.Equal(166, map.ChildrenOf("38").Count);
        Assert.Equal(new UnitPath("38", null, "14758"), map.PathOf("14758"));
    }

    [Theory]
    [InlineData("2025-06-30", UnitMap.ThreeTier2023)]
    [InlineData("2025-07-01", UnitMap.TwoTier2025)]
    [InlineData("2023-04-29", UnitMap.ThreeTier2023)]
    public void WorkUsesTheMapInForceOnItsDay(string day, UnitMap expected) =>
        Assert.Equal(expected, UnitMaps.MapOn(DateOnly.Parse(day)));

    [Fact]
    public void TheSameCodeNamesDifferentCommunesOnEachSideOfTheReform()
    {
        Assert.Equal("Phường Đông Thọ", Maps.On(new DateOnly(2025, 6, 30)).Find("14758")!.Name);
        Assert.Equal("Phường Hàm Rồng", Maps.On(new DateOnly(2025, 7, 1)).Find("14758")!.Name);
    }

    [Theory]
    [InlineData("02")] // Hà Giang, merged into Tuyên Quang (08)
    [InlineData("38")]
    [InlineData("96")]
    public void EveryCodeThatWasEverAProvinceIsAProvinceOfBirthRegistration(string code) =>
        Assert.True(Maps.WasEverAProvince(code));

    [Fact]
    public void ACodeThatWasNeverAProvinceIsNot() => Assert.False(Maps.WasEverAProvince("03"));

    [Fact]
    public void MergedProvincesRollUpIntoTheProvinceThatKeptItsCode()
    {
        Assert.Equal(new UnitSuccession("02", "08", SuccessionRule.Province), Maps.SuccessorOf("02"));
        Assert.Equal("38", Maps.SuccessorOf("38")!.NewCode);
        Assert.Equal(["02", "08"], Maps.FormerUnitsOf("08").Where(c => c.Length == 2));
    }

    [Fact]
    public void EveryOldUnitHasExactlyOneSuccessorInTheNewMapInsideItsNewProvince()
    {
        Assert.Equal(Maps.ThreeTier.Count, Maps.Mergers.Successions.Count);
        Assert.All(Maps.Mergers.Successions, s =>
        {
            var newUnit = Maps.TwoTier.Find(s.NewCode);
            Assert.NotNull(newUnit);
            Assert.Equal(Maps.SuccessorOf(Maps.ThreeTier.ProvinceOf(s.OldCode)!)!.NewCode, Maps.TwoTier.ProvinceOf(s.NewCode));
        });
    }

    [Fact]
    public void ThanhHoasOldCommunesRollUpIntoItsNewOnes()
    {
        // Đông Thọ (14758, district 380) went to Hàm Rồng, which took its code, and in part to Hạc Thành.
        Assert.Equal(new UnitSuccession("14758", "14758", SuccessionRule.Split), Maps.SuccessorOf("14758"));
        Assert.Equal(new UnitSuccession("380", "38", SuccessionRule.DistrictToProvince), Maps.SuccessorOf("380"));
        var thanhHoa = Maps.ThreeTier.ChildrenOf("38").SelectMany(d => Maps.ThreeTier.ChildrenOf(d.Code)).ToList();
        Assert.All(thanhHoa, c => Assert.Equal("38", Maps.TwoTier.ProvinceOf(Maps.SuccessorOf(c.Code)!.NewCode)));
        Assert.True(thanhHoa.Count(c => Maps.SuccessorOf(c.Code)!.Rule == SuccessionRule.Merged) > 500);
    }

    [Fact]
    public void ACommuneSplitBetweenSeveralNewOnesGoesToOneOfThemByTheDocumentedRule()
    {
        // Hà Nội's Phường Kim Mã (00130, quận Ba Đình) went to Ba Đình and Ngọc Hà, its remainder to Giảng Võ:
        // no new ward kept its code, so it goes to the first ward (by code) that took a named part of it.
        var kimMa = Maps.ThreeTier.All.Single(u => u.Name == "Phường Kim Mã");
        var succession = Maps.SuccessorOf(kimMa.Code)!;
        Assert.Equal(SuccessionRule.Split, succession.Rule);
        Assert.Equal("Phường Ba Đình", Maps.TwoTier.Find(succession.NewCode)!.Name);
    }

    [Fact]
    public void NamesSharedByCommunesOfOneProvinceAreToldApartByTheirDistrict()
    {
        // "Phường Minh Khai (quận Bắc Từ Liêm)" and "(quận Hai Bà Trưng)" are two wards of Hà Nội.
        var resolved = Maps.Mergers.ResolvedByDistrict.Where(p => p.Name == "Phường Minh Khai").ToList();
        Assert.Contains(resolved, p => p.DistrictHint == "quận Bắc Từ Liêm");
        Assert.Contains(resolved, p => p.DistrictHint == "quận Hai Bà Trưng");
        var minhKhai = Maps.ThreeTier.All.Where(u => u.Name == "Phường Minh Khai" && Maps.ThreeTier.ProvinceOf(u.Code) == "01").ToList();
        Assert.Equal(2, minhKhai.Select(u => Maps.SuccessorOf(u.Code)!.NewCode).Distinct().Count());
    }

    [Theory]
    [InlineData("Phường Đông Sơn (thành phố Thanh Hóa)", "14785", "14797")] // and 14821, Đông Sơn of Bỉm Sơn
    [InlineData("Phường Ba Đình (thị xã Bỉm Sơn)", "14812", "14812")] // and 14776, Ba Đình of Thanh Hóa city
    [InlineData("Xã Xuân Lộc (huyện Thường Xuân)", "15643", "15643")] // and 15739 (Triệu Sơn), 16057 (Hậu Lộc)
    [InlineData("Xã Xuân Lộc (huyện Triệu Sơn)", "15739", "15763")]
    [InlineData("Xã Xuân Lộc (huyện Hậu Lộc)", "16057", "16072")]
    public void ThanhHoasAmbiguouslyNamedCommunesAreResolvedByTheirDistrict(string text, string oldCode, string newCode)
    {
        Assert.Contains(Maps.Mergers.ResolvedByDistrict, p => p.Text == text && p.NewCode == newCode);
        Assert.Equal(newCode, Maps.SuccessorOf(oldCode)!.NewCode);
    }

    [Theory]
    [InlineData("38", null, "14755", "14758", true)] // old Hàm Rồng became part of the new Hàm Rồng
    [InlineData("38", null, "14755", "38", true)]
    [InlineData("38", "380", "14755", "380", true)] // an officer of the old district over its old work
    [InlineData("38", "380", "14755", "14797", false)]
    [InlineData("02", "024", null, "08", true)] // Hà Giang's districts are Tuyên Quang's now
    public void AnOldUnitLiesUnderTheNewUnitItsSuccessorIsOrLiesUnder(string province, string? district, string? commune, string officerUnit, bool within)
    {
        var old = Maps.ThreeTier.PathOf(commune ?? district ?? province)!;
        Assert.Equal(within, Maps.IsWithin(old, UnitMap.ThreeTier2023, officerUnit));
    }

    [Fact]
    public void ATwoTierUnitIsOnlyUnderItselfAndItsProvince()
    {
        var hacThanh = Maps.TwoTier.PathOf("14797")!;
        Assert.True(Maps.IsWithin(hacThanh, UnitMap.TwoTier2025, "38"));
        Assert.False(Maps.IsWithin(hacThanh, UnitMap.TwoTier2025, "14758"));
    }

    [Theory]
    [InlineData("14785", "Commune 14785 (Phường Đông Sơn) was merged into 14797 (Phường Hạc Thành) on 1 July 2025.")]
    [InlineData("02", "Province 02 (Tỉnh Hà Giang) was merged into 08 (Tỉnh Tuyên Quang) on 1 July 2025.")]
    [InlineData("380", "380 (Thành phố Thanh Hóa) was a district: there are no districts since 1 July 2025. Give the province (38) or a commune.")]
    [InlineData("14797", null)]
    public void AnOldCodeIsToldWhatItBecame(string code, string? why) => Assert.Equal(why, Maps.WhyNotInTwoTier(code));
}
