using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Intake.Tests;

/// <summary>Each test files its applications under a team code of its own and searches by it, so tests never see each other's.</summary>
public class SearchApplicationsTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Path = IntakeClients.ApplicationsPath;
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static string NewTeam() => $"T-{Guid.NewGuid():N}"[..14];

    private HttpClient Officer(string role = Roles.Supervisor, string unitCode = "38") => intake.ClientFor(role, unitCode);

    private static Dictionary<string, object?> Form(string team, string collectingUnitCode = ApplicationForms.Commune, string channel = "Mobile") =>
        (channel == "Mobile" ? ApplicationForms.Mobile() : ApplicationForms.Valid())
        .With("teamCode", team)
        .With("collectingUnitCode", collectingUnitCode);

    private async Task<Guid> SubmitAsync(Dictionary<string, object?> form) => await Officer(Roles.Admin, "38").SubmitAsync(form);

    private async Task<JsonElement> SearchAsync(string query, string role = Roles.Supervisor, string unitCode = "38") =>
        await (await Officer(role, unitCode).GetAsync($"{Path}?{query}")).OkJsonAsync();

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("applicationId").GetGuid()).ToList();

    private async Task<List<Guid>> FoundAsync(string query, string role = Roles.Supervisor, string unitCode = "38") =>
        Ids(await SearchAsync(query, role, unitCode)).Order().ToList();

    private static List<Guid> Sorted(params Guid[] ids) => ids.Order().ToList();

    [Fact]
    public async Task SearchingAProvinceOrACommuneListsOnlyTheApplicationsCollectedThere()
    {
        var team = NewTeam();
        var hacThanh = await SubmitAsync(Form(team, ApplicationForms.Commune));
        var hamRong = await SubmitAsync(Form(team, "14758"));
        var provinceStation = await SubmitAsync(Form(team, "38"));
        var camThuy = await SubmitAsync(Form(team, ApplicationForms.OtherCommune));

        Assert.Equal(Sorted(hacThanh), await FoundAsync($"unitCode={ApplicationForms.Commune}&teamCode={team}"));
        Assert.Equal(Sorted(hamRong), await FoundAsync($"unitCode=14758&teamCode={team}"));
        Assert.Equal(Sorted(camThuy), await FoundAsync($"unitCode={ApplicationForms.OtherCommune}&teamCode={team}"));
        Assert.Equal(Sorted(hacThanh, hamRong, provinceStation, camThuy), await FoundAsync($"unitCode=38&teamCode={team}"));
    }

    [Fact]
    public async Task SearchingByChannelAndTeamListsOnlyThatTeamsApplicationsOfThatChannel()
    {
        var team = NewTeam();
        var otherTeam = NewTeam();
        var mobile = await SubmitAsync(Form(team));
        var station = await SubmitAsync(Form(team, channel: "Station"));
        var otherTeamsMobile = await SubmitAsync(Form(otherTeam));

        var found = await SearchAsync($"unitCode=38&teamCode={team}&channel=Mobile");

        Assert.Equal([mobile], Ids(found));
        var summary = found.GetProperty("items")[0];
        Assert.Equal("Mobile", summary.GetProperty("channel").GetString());
        Assert.Equal(team, summary.GetProperty("teamCode").GetString());
        Assert.Equal("Home", summary.GetProperty("visitType").GetString());
        Assert.Equal(Sorted(station), await FoundAsync($"unitCode=38&teamCode={team}&channel=station"));
        Assert.Equal(Sorted(otherTeamsMobile), await FoundAsync($"unitCode=38&teamCode={otherTeam}&channel=Mobile"));
    }

    [Fact]
    public async Task MineListsOnlyTheApplicationsTheCallerCollected()
    {
        var team = NewTeam();
        var lan = intake.ClientFor(Roles.MobileOfficer, ApplicationForms.Commune, "officer-lan");
        var minh = intake.ClientFor(Roles.MobileOfficer, ApplicationForms.Commune, "officer-minh");
        var lansFirst = await lan.SubmitAsync(Form(team));
        var minhs = await minh.SubmitAsync(Form(team));
        var lansSecond = await lan.SubmitAsync(Form(team));

        async Task<List<Guid>> MineAsync(HttpClient officer) =>
            Ids(await (await officer.GetAsync($"{Path}?teamCode={team}&mine=true")).OkJsonAsync()).Order().ToList();

        Assert.Equal(Sorted(lansFirst, lansSecond), await MineAsync(lan));
        Assert.Equal(Sorted(minhs), await MineAsync(minh));
        Assert.Equal(Sorted(lansFirst, lansSecond, minhs), await FoundAsync($"unitCode={ApplicationForms.Commune}&teamCode={team}"));
    }

    [Fact]
    public async Task SearchingByStatusTellsCancelledApplicationsFromReceivedOnes()
    {
        var team = NewTeam();
        var received = await SubmitAsync(Form(team));
        var cancelled = await SubmitAsync(Form(team));
        await (await Officer().PostAsJsonAsync($"{Path}/{cancelled}/cancel", new { reason = "Công dân đã có thẻ" })).OkJsonAsync();

        Assert.Equal(Sorted(cancelled), await FoundAsync($"teamCode={team}&status=Cancelled"));
        Assert.Equal(Sorted(received), await FoundAsync($"teamCode={team}&status=Received"));
        Assert.Equal(Sorted(received, cancelled), await FoundAsync($"teamCode={team}"));
    }

    [Fact]
    public async Task ResultsComePageByPageWithTheTotalAndInTheRequestedOrder()
    {
        var team = NewTeam();
        string[] names = ["Phạm Thị Dung", "Cao Văn An", "Vũ Văn Giang", "Hoàng Thị Bình", "Lê Văn Cường"];
        var now = DateTimeOffset.UtcNow;
        var hoursAgo = new[] { 5, 1, 3, 2, 4 };
        var ids = new List<Guid>();
        for (var i = 0; i < names.Length; i++)
        {
            ids.Add(await SubmitAsync(Form(team)
                .With("fullName", names[i])
                .With("collectedAt", now.AddHours(-hoursAgo[i]))));
        }

        async Task<List<string>> AllNamesAsync(string sort)
        {
            var pages = new List<JsonElement>();
            for (var page = 1; page <= 3; page++)
            {
                pages.Add(await SearchAsync($"teamCode={team}&pageSize=2&page={page}{sort}"));
            }

            Assert.All(pages, p => Assert.Equal(5, p.GetProperty("total").GetInt32()));
            Assert.All(pages, p => Assert.Equal(2, p.GetProperty("pageSize").GetInt32()));
            Assert.Equal([1, 2, 3], pages.Select(p => p.GetProperty("pageNumber").GetInt32()));
            Assert.Equal([2, 2, 1], pages.Select(p => p.GetProperty("items").GetArrayLength()));
            return pages.SelectMany(p => p.GetProperty("items").Strings("fullName")).ToList();
        }

        Assert.Equal(["Cao Văn An", "Hoàng Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Vũ Văn Giang"], await AllNamesAsync("&sort=fullName"));
        Assert.Equal(["Vũ Văn Giang", "Phạm Thị Dung", "Lê Văn Cường", "Hoàng Thị Bình", "Cao Văn An"], await AllNamesAsync("&sort=-fullName"));
        Assert.Equal(["Phạm Thị Dung", "Lê Văn Cường", "Vũ Văn Giang", "Hoàng Thị Bình", "Cao Văn An"], await AllNamesAsync("&sort=collectedAt"));
        Assert.Equal(["Cao Văn An", "Hoàng Thị Bình", "Vũ Văn Giang", "Lê Văn Cường", "Phạm Thị Dung"], await AllNamesAsync("&sort=-collectedAt"));
        Assert.Equal(names, await AllNamesAsync("&sort=receivedAt"));
        Assert.Equal(Enumerable.Reverse(names), await AllNamesAsync(""));
    }

    [Fact]
    public async Task FromAndToAreVietnameseCalendarDaysOfCollection()
    {
        var team = NewTeam();
        var day = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Vietnam).DateTime).AddDays(-3);
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Vietnam);
        var nextMidnight = midnight.AddDays(1);
        // Sent in UTC, as most clients do: 23:59 in Vietnam the evening before is still the same UTC date as 00:00.
        async Task<Guid> CollectedAt(DateTimeOffset instant) =>
            await SubmitAsync(Form(team).With("collectedAt", instant.ToUniversalTime()));
        var eveningBefore = await CollectedAt(midnight.AddMinutes(-1));
        var atMidnight = await CollectedAt(midnight);
        var lateThatNight = await CollectedAt(nextMidnight.AddSeconds(-1));
        var nextDay = await CollectedAt(nextMidnight);

        Assert.Equal(Sorted(atMidnight, lateThatNight), await FoundAsync($"teamCode={team}&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"));
        Assert.Equal(Sorted(eveningBefore), await FoundAsync($"teamCode={team}&to={day.AddDays(-1):yyyy-MM-dd}"));
        Assert.Equal(Sorted(nextDay), await FoundAsync($"teamCode={team}&from={day.AddDays(1):yyyy-MM-dd}"));
        Assert.Equal(Sorted(eveningBefore, atMidnight, lateThatNight, nextDay),
            await FoundAsync($"teamCode={team}&from={day.AddDays(-1):yyyy-MM-dd}&to={day.AddDays(1):yyyy-MM-dd}"));
    }

    [Fact]
    public async Task AProvinceSeesItsCitizensApplicationsCollectedInAnotherProvince()
    {
        var team = NewTeam();
        var atHome = await SubmitAsync(Form(team));
        // A Thanh Hoa citizen living in Ha Noi applies there; Ha Noi's police collect it for Thanh Hoa.
        var inHaNoi = await intake.ClientFor(Roles.Admin, "01").SubmitAsync(Form(team, "01", "Station"));

        var thanhHoa = await SearchAsync($"unitCode=38&teamCode={team}", Roles.Supervisor, "38");
        var haNoi = await FoundAsync($"unitCode=01&teamCode={team}", Roles.Supervisor, "01");

        Assert.Equal(Sorted(atHome, inHaNoi), Ids(thanhHoa).Order().ToList());
        var crossProvince = thanhHoa.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("applicationId").GetGuid() == inHaNoi);
        Assert.True(crossProvince.GetProperty("isCrossProvince").GetBoolean());
        Assert.Equal("01", crossProvince.GetProperty("collectingUnitCode").GetString());
        Assert.Equal(Sorted(inHaNoi), haNoi);
    }

    [Theory]
    [InlineData(ApplicationForms.Commune)]
    [InlineData("14758")]
    [InlineData("38")]
    public async Task AnOfficerCannotSearchAUnitOutsideTheirOwn(string unitCode)
    {
        var response = await Officer(Roles.StationOfficer, ApplicationForms.OtherCommune).GetAsync($"{Path}?unitCode={unitCode}");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WithoutAUnitCodeTheOfficersOwnUnitIsSearched()
    {
        var team = NewTeam();
        var camThuy = await SubmitAsync(Form(team, ApplicationForms.OtherCommune));
        await SubmitAsync(Form(team, ApplicationForms.Commune));

        Assert.Equal(Sorted(camThuy), await FoundAsync($"teamCode={team}", Roles.StationOfficer, ApplicationForms.OtherCommune));
    }

    [Theory]
    [InlineData("status=Lost", "status")]
    [InlineData("status=1", "status")]
    [InlineData("channel=Bus", "channel")]
    [InlineData("sort=name", "sort")]
    [InlineData("sort=-status", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("unitCode=99999", "unitCode")]
    [InlineData("from=2025-03-10&to=2025-03-01", "from")]
    [InlineData("from=2025-02-30", "from")]
    public async Task AnInvalidSearchIsRefusedWithProblemDetailsNamingTheField(string query, string field)
    {
        var response = await Officer().GetAsync($"{Path}?{query}");

        await response.ValidationProblemAsync(field);
    }
}
