using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Reporting.Apis;
using CccdPlatform.ServiceDefaults;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

/// <summary>
/// Thanh Hóa's work in June 2025 (three tiers) and July 2025 (two tiers), and Hà Giang (02) merged into Tuyên Quang
/// (08): a period reports in its own map, a period spanning 1 July 2025 in today's, as the sum of its parts.
/// </summary>
public class TwoMapsTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>, IAsyncLifetime
{
    private static readonly UnitMaps Maps = UnitMaps.Load();
    private static readonly DateOnly JuneFirst = new(2025, 6, 1);
    private static readonly DateOnly JuneLast = new(2025, 6, 30);
    private static readonly DateOnly JulyFirst = new(2025, 7, 1);
    private static readonly DateOnly JulyLast = new(2025, 7, 31);

    /// <summary>A ward of Thanh Hóa city the merger table does not place: its figures stay at province level.</summary>
    private const string ProvinceOnlyCommune = "14770";

    private static readonly string HaGiangDistrict = Maps.ThreeTier.ChildrenOf("02")[0].Code;
    private static readonly string TuyenQuangCommune = Maps.TwoTier.ChildrenOf("08")[0].Code;

    public Task InitializeAsync() => reporting.Reports().SeedOnceAsync(reporting.MessagingConnectionString, SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<int> SeedAsync(EventPublisher intake)
    {
        // June: Hàm Rồng (14755, merged into the new Hàm Rồng), Đông Thọ (14758, split), Thanh Hóa city's own desk, a
        // commune placed in the province only, and Hà Giang.
        await intake.PublishAsync(Received(new UnitPath("38", "380", "14755"), collectedAt: On(2025, 6, 10)));
        await intake.PublishAsync(Received(new UnitPath("38", "380", "14758"), "Mobile", "Home", collectedAt: On(2025, 6, 11)));
        await intake.PublishAsync(Received(new UnitPath("38", "380", null), collectedAt: On(2025, 6, 12)));
        await intake.PublishAsync(Received(Maps.ThreeTier.PathOf(ProvinceOnlyCommune)!, collectedAt: On(2025, 6, 13)));
        await intake.PublishAsync(Received(new UnitPath("02", HaGiangDistrict, null), collectedAt: On(2025, 6, 20)));
        // July: the new Hàm Rồng, Hạc Thành (which took the rest of Đông Thọ), and Tuyên Quang.
        await intake.PublishAsync(Received(HamRongWard, "Mobile", "Home", collectedAt: On(2025, 7, 2)));
        await intake.PublishAsync(Received(new UnitPath("38", null, "14797"), collectedAt: On(2025, 7, 3)));
        await intake.PublishAsync(Received(new UnitPath("08", null, TuyenQuangCommune), collectedAt: On(2025, 7, 4)));
        return 8;
    }

    [Fact]
    public async Task AJuneReportUsesTheUnitsOf2023DistrictsIncluded()
    {
        var reports = reporting.Reports();

        var province = await reports.DailyAsync("38", JuneFirst, JuneLast);
        var dongTho = await reports.DailyAsync("14758", JuneFirst, JuneLast);
        var city = await reports.DailyAsync("380", JuneFirst, JuneLast);

        Assert.Equal(UnitMap.ThreeTier2023, province.Map);
        Assert.Equal(4, province.Days.Sum(d => d.Received));
        Assert.Null(province.RolledUp);
        Assert.Equal("Phường Đông Thọ", dongTho.UnitName);
        Assert.Equal(1, dongTho.Days.Sum(d => d.Received));
        Assert.Equal(4, city.Days.Sum(d => d.Received)); // its wards, and its own desk
    }

    [Fact]
    public async Task AJulyReportUsesTodaysUnits()
    {
        var reports = reporting.Reports();

        var province = await reports.DailyAsync("38", JulyFirst, JulyLast);
        var hamRong = await reports.DailyAsync("14758", JulyFirst, JulyLast);

        Assert.Equal(UnitMap.TwoTier2025, province.Map);
        Assert.Equal(2, province.Days.Sum(d => d.Received));
        Assert.Null(province.RolledUp);
        Assert.Equal("Phường Hàm Rồng", hamRong.UnitName);
        Assert.Equal(1, hamRong.Days.Sum(d => d.Received));
    }

    [Fact]
    public async Task AReportSpanningTheChangeForThanhHoaIsJunePlusJulyDayByDay()
    {
        var reports = reporting.Reports();
        var june = await reports.DailyAsync("38", JuneFirst, JuneLast);
        var july = await reports.DailyAsync("38", JulyFirst, JulyLast);

        var both = await reports.DailyAsync("38", JuneFirst, JulyLast);

        Assert.Equal(UnitMap.TwoTier2025, both.Map);
        Assert.Equal(june.Days.Concat(july.Days), both.Days, DayViewComparer.Instance);
        Assert.Equal(6, both.Days.Sum(d => d.Received));
        var rolledUp = both.RolledUp!;
        Assert.Equal(june.Days.Sum(d => d.Received), rolledUp.Received);
        Assert.Equal([("38", SuccessionRule.Province, 4L)], rolledUp.Units.Select(u => (u.Code, u.Rule, u.Received)));
        Assert.Equal([("14758", "14758", 1L)], rolledUp.Split.Select(u => (u.Code, u.SuccessorCode, u.Received)));
        // What cannot go below the province: the city's own desk and the commune the merger table does not place.
        Assert.Equal(SuccessionRule.ProvinceOnly, Maps.SuccessorOf(ProvinceOnlyCommune)!.Rule);
        Assert.Equal(
            [(ProvinceOnlyCommune, SuccessionRule.ProvinceOnly, 1L), ("380", SuccessionRule.DistrictToProvince, 1L)],
            rolledUp.ProvinceOnly.Select(u => (u.Code, u.Rule, u.Received)).OrderBy(u => u.Code, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ACommuneSpanningTheChangeIsItsNewFiguresPlusItsOldCommunesWithTheSplitOneShownAsSuch()
    {
        var reports = reporting.Reports();
        var july = await reports.DailyAsync("14758", JulyFirst, JulyLast);

        var both = await reports.DailyAsync("14758", JuneFirst, JulyLast);

        var rolledUp = both.RolledUp!;
        Assert.Equal("Phường Hàm Rồng", both.UnitName);
        Assert.Equal(july.Days.Sum(d => d.Received) + rolledUp.Received, both.Days.Sum(d => d.Received));
        Assert.Equal(3, both.Days.Sum(d => d.Received));
        Assert.Equal(Maps.FormerUnitsOf("14758").Where(c => c.Length == 5), rolledUp.Units.Select(u => u.Code));
        Assert.Contains(rolledUp.Units, u => u is { Code: "14755", Rule: SuccessionRule.Merged, Received: 1 });
        Assert.Equal([("14758", "Phường Đông Thọ", SuccessionRule.Split, 1L)], rolledUp.Split.Select(u => (u.Code, u.Name, u.Rule, u.Received)));
        Assert.Equal(2, both.Days.Sum(d => d.ByChannel["Mobile"]));
    }

    [Fact]
    public async Task AMergedProvinceReportsOnEachSideInItsOwnUnitsAndRollsHaGiangIntoTuyenQuangAcrossTheChange()
    {
        var reports = reporting.Reports();

        var haGiang = await reports.DailyAsync("02", JuneFirst, JuneLast);
        var tuyenQuang = await reports.DailyAsync("08", JulyFirst, JulyLast);
        var both = await reports.DailyAsync("08", JuneFirst, JulyLast);

        Assert.Equal((UnitMap.ThreeTier2023, "Tỉnh Hà Giang", 1L), (haGiang.Map, haGiang.UnitName, haGiang.Days.Sum(d => d.Received)));
        Assert.Equal((UnitMap.TwoTier2025, 1L), (tuyenQuang.Map, tuyenQuang.Days.Sum(d => d.Received)));
        Assert.Equal(2, both.Days.Sum(d => d.Received));
        Assert.Equal([("02", 1L), ("08", 0L)], both.RolledUp!.Units.Select(u => (u.Code, u.Received)));
    }

    [Fact]
    public async Task ProgressIsOfTodaysUnitsWithEverythingRolledUp()
    {
        var reports = reporting.Reports();

        var hamRong = await reports.ProgressAsync("14758");
        var tuyenQuang = await reports.ProgressAsync("08");

        Assert.Equal((UnitMap.TwoTier2025, 3L, 2L), (hamRong.Map, hamRong.Received, hamRong.RolledUp!.Received));
        Assert.Equal(2, tuyenQuang.Received);
    }

    [Fact]
    public async Task TheUnitsListIsTodaysByDefaultAndThe2023OnesForAnOldPeriod()
    {
        var reports = reporting.Reports();

        var today = await reports.UnitsAsync("38");
        var june = await reports.Http.GetFromJsonAsync<UnitsReportView>(
            $"/api/reports/units?unitCode=38&from={JuneFirst:yyyy-MM-dd}&to={JuneLast:yyyy-MM-dd}", ReportsClient.Json);

        Assert.Equal(166, today.Units.Count);
        Assert.Equal((3L, 2L), today.Units.Where(u => u.UnitCode == "14758").Select(u => (u.Received, u.ReceivedInOldUnits!.Value)).Single());
        Assert.Equal(UnitMap.ThreeTier2023, june!.Map);
        Assert.Equal(27, june.Units.Count);
        Assert.Equal(4, june.Units.Single(u => u.UnitCode == "380").Received);
    }

    [Theory]
    [InlineData("14758", "14755", "June", true)] // a new ward's officer reads its old wards
    [InlineData("14758", "14758", "June", true)] // and Đông Thọ, split, whose successor it is
    [InlineData("14758", "380", "June", false)] // not the whole old city
    [InlineData("08", "02", "June", true)] // Tuyên Quang reads Hà Giang's old figures
    [InlineData("02", "08", "July", false)] // an old Hà Giang token does not read the whole new province
    [InlineData("380", "14758", "July", true)] // an old city token reads the new ward formed within the city
    public async Task AnOfficersUnitCoversUnitsOfEitherMap(string officerUnit, string unitCode, string month, bool covers)
    {
        var officer = reporting.Reports("Supervisor", officerUnit).Http;
        var (from, to) = month == "June" ? (JuneFirst, JuneLast) : (JulyFirst, JulyLast);

        var response = await officer.GetAsync($"/api/reports/daily?unitCode={unitCode}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

        Assert.Equal(covers, response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task AStatusHeardOfBeforeItsJuneReceiptMovesToThe2023MapWhenTheReceiptComes()
    {
        var reports = reporting.Reports();
        var district = Maps.ThreeTier.ChildrenOf("40")[0].Code;
        var application = Received(new UnitPath("40", district, null), collectedAt: On(2025, 6, 28));
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);

        var settled = await reports.BeginAsync();
        await intake.PublishAsync(StatusChanged(application, "Received", "BiometricsAccepted", On(2025, 7, 5)));
        await settled.WaitAsync(1);
        settled = await reports.BeginAsync();
        await intake.PublishAsync(application);
        await settled.WaitAsync(1);

        Assert.Equal(1, (await reports.DailyAsync(district, JuneFirst, JuneLast)).Days.Sum(d => d.Received));
        Assert.Equal(0, (await reports.ProgressAsync(district)).ByStatus["BiometricsAccepted"]); // nothing left in today's map
        var province = await reports.ProgressAsync("40");
        Assert.Equal((1L, 1L, 0L), (province.Received, province.ByStatus["BiometricsAccepted"], province.ByStatus["Received"]));
    }

    [Theory]
    [InlineData(null, 8_931, 443, 269, 955)] // the whole country, of 10,598 old communes
    [InlineData("38", 516, 10, 9, 24)] // Thanh Hóa, of 559
    public void OldCommunesRollUpByTheRulesTheReadmeCounts(string? province, int merged, int split, int sameCode, int provinceOnly)
    {
        var rules = Maps.Mergers.Successions
            .Where(s => s.OldCode.Length == 5 && (province is null || Maps.ThreeTier.ProvinceOf(s.OldCode) == province))
            .GroupBy(s => s.Rule)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            (merged, split, sameCode, provinceOnly),
            (rules[SuccessionRule.Merged], rules[SuccessionRule.Split], rules[SuccessionRule.SameCode], rules[SuccessionRule.ProvinceOnly]));
        Assert.Equal(merged + split + sameCode + provinceOnly, rules.Values.Sum());
    }

    private static DateTimeOffset On(int year, int month, int day) => VietnamTime.StartOf(new DateOnly(year, month, day)).AddHours(9);

    private sealed class DayViewComparer : IEqualityComparer<DayView>
    {
        public static readonly DayViewComparer Instance = new();

        public bool Equals(DayView? x, DayView? y) =>
            x!.Day == y!.Day && x.Received == y.Received && x.Covered == y.Covered && x.ForOtherProvinces == y.ForOtherProvinces
            && x.ReceivedElsewhere == y.ReceivedElsewhere && x.EIdCreated == y.EIdCreated
            && x.ByChannel.OrderBy(c => c.Key).SequenceEqual(y.ByChannel.OrderBy(c => c.Key))
            && x.ByVisitType.OrderBy(v => v.Key).SequenceEqual(y.ByVisitType.OrderBy(v => v.Key));

        public int GetHashCode(DayView day) => day.Day.GetHashCode();
    }
}
