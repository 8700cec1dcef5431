using System.Net;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>
/// Who may have an account by age (Decree 69/2024 from 1 July 2024, Decree 59/2022 before), on the officers' route;
/// <see cref="SelfServiceTests"/> shows the same rule on the citizen app's.
/// </summary>
public class AgeRuleTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset December2026 = new(2026, 12, 7, 10, 0, 0, Vietnam);
    private static readonly DateOnly Today = DateOnly.FromDateTime(December2026.DateTime);

    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer, "14797");

    private async Task<TestCitizen> KnownChildAsync(int years, DateOnly? today = null)
    {
        var child = TestCitizen.Aged(years, today ?? Today);
        await eid.RecordAsync(child);
        return child;
    }

    [Fact]
    public async Task AnEightYearOldWithoutALegalRepresentativeIsRefusedNamingTheField()
    {
        eid.Clock.Set(December2026);
        var child = await KnownChildAsync(8);

        var problem = await (await Officer.RequestAsync(child.Form(level: 1))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["representative"], problem.ErrorFields());
        Assert.False(await eid.QueryAsync(db => db.Accounts.AnyAsync(a => a.PersonalId == child.PersonalId)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AnEightYearOldGetsEitherLevelOnTheRequestOfTheirRepresentativeWhoIsRecorded(int level)
    {
        eid.Clock.Set(December2026);
        var child = await KnownChildAsync(8);
        await eid.AcceptBiometricsAsync(child.ApplicationId);
        var mother = TestCitizen.Mother();

        var account = await Officer.RequestAsync(new(child.Form(level)) { ["representative"] = mother }, HttpStatusCode.Created);

        Assert.Equal(level, account.GetProperty("level").GetInt32());
        var representative = account.GetProperty("requests")[0].GetProperty("representative");
        Assert.Equal(("Lê Thị Hoa", mother["personalId"], "Mother"),
            (representative.Text("fullName"), (object?)representative.Text("personalId"), representative.Text("relationship")));
        Assert.Matches(@"^\d{6}$", await Officer.LatestCodeAsync(child.PhoneNumber));
    }

    [Fact]
    public async Task AFourYearOldIsRefusedLevel2()
    {
        eid.Clock.Set(December2026);
        var child = await KnownChildAsync(4);

        var problem = await (await Officer.RequestAsync(new(child.Form(level: 2)) { ["representative"] = TestCitizen.Mother() }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["level"], problem.ErrorFields());
        Assert.Contains("Under 6 only a level 1 account", problem.GetProperty("errors").GetProperty("level")[0].GetString());
    }

    [Fact]
    public async Task AFourYearOldGetsLevel1WithTheirRepresentative()
    {
        eid.Clock.Set(December2026);
        var child = await KnownChildAsync(4);

        var account = await Officer.RequestAsync(new(child.Form(level: 1)) { ["representative"] = TestCitizen.Mother() }, HttpStatusCode.Created);

        Assert.Equal("PendingActivation", account.Text("state"));
    }

    [Fact]
    public async Task AFourYearOldWithoutARepresentativeAskingForLevel2IsToldBothFields()
    {
        eid.Clock.Set(December2026);
        var child = await KnownChildAsync(4);

        var problem = await (await Officer.RequestAsync(child.Form(level: 2))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["level", "representative"], problem.ErrorFields());
    }

    [Fact]
    public async Task ACitizenOf14OrOverAsksWithoutARepresentative()
    {
        eid.Clock.Set(December2026);
        var teen = await KnownChildAsync(14);

        var problem = await (await Officer.RequestAsync(new(teen.Form(level: 1)) { ["representative"] = TestCitizen.Mother() }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["representative"], problem.ErrorFields());
        await Officer.RequestAsync(teen.Form(level: 1), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Before1July2024OnlyCitizensOf14AndOverHadAccountsRepresentativeOrNot()
    {
        var lastDayOfDecree59 = new DateTimeOffset(2024, 6, 30, 10, 0, 0, Vietnam);
        eid.Clock.Set(lastDayOfDecree59);
        var child = await KnownChildAsync(10, DateOnly.FromDateTime(lastDayOfDecree59.DateTime));

        var problem = await (await Officer.RequestAsync(new(child.Form(level: 1)) { ["representative"] = TestCitizen.Mother() }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["dateOfBirth"], problem.ErrorFields());

        eid.Clock.Set(lastDayOfDecree59.AddDays(1));
        await Officer.RequestAsync(new(child.Form(level: 1)) { ["representative"] = TestCitizen.Mother() }, HttpStatusCode.Created);
    }

    [Fact]
    public async Task ARepresentativesFieldsAreCheckedOneByOne()
    {
        eid.Clock.Set(December2026);
        var child = await KnownChildAsync(8);
        var form = new Dictionary<string, object?>(child.Form(level: 1))
        {
            ["representative"] = new Dictionary<string, object?> { ["fullName"] = "", ["personalId"] = child.PersonalId, ["relationship"] = "Uncle" },
        };

        var problem = await (await Officer.RequestAsync(form)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["representative.fullName", "representative.personalId", "representative.relationship"], problem.ErrorFields());
    }

    [Theory]
    [InlineData("2024-06-30", 13, 1, false, new[] { "dateOfBirth" })]
    [InlineData("2024-06-30", 14, 1, false, new string[0])]
    [InlineData("2024-07-01", 13, 2, true, new string[0])]
    [InlineData("2026-12-07", 6, 2, true, new string[0])]
    [InlineData("2026-12-07", 5, 2, true, new[] { "level" })]
    [InlineData("2026-12-07", 0, 1, true, new string[0])]
    [InlineData("2026-12-07", 13, 1, false, new[] { "representative" })]
    [InlineData("2026-12-07", 30, 2, true, new[] { "representative" })]
    public void TheRuleOfTheDayDecides(string day, int age, int level, bool hasRepresentative, string[] refused)
    {
        var on = DateOnly.Parse(day);

        var refusals = AccountAges.Refusals(on.AddYears(-age), level, hasRepresentative, on);

        Assert.Equal(refused, refusals.Keys.Order().ToArray());
    }
}
