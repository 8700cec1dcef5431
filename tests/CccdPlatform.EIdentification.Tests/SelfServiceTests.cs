using System.Net;
using System.Net.Http.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>
/// Level 1 accounts the citizen makes through a citizen app (Decree 69/2024): the app's token carries the CitizenApp
/// role, as the identity service issues it (<see cref="SelfServiceThroughIdentityTests"/>).
/// </summary>
public class SelfServiceTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private const string Path = EIdClients.SelfServicePath;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private HttpClient App => eid.CitizenApp();
    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer, "14797");

    [Fact]
    public async Task ACitizenCreatesALevel1AccountThroughTheAppAndActivatesItWithTheTextedCode()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        await eid.DeliverCardAsync(citizen.ApplicationId); // with a chip card: one working day

        var response = await App.PostAsJsonAsync(Path, citizen.SelfServiceForm());
        var account = await response.JsonAsync(HttpStatusCode.Created);

        Assert.Equal($"{Path}/{account.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal((1, "PendingActivation"), (account.GetProperty("level").GetInt32(), account.Text("state")));
        var request = account.GetProperty("requests")[0];
        Assert.Equal(("SelfService", EIdClients.CitizenAppId, 1), (request.Text("source"), request.Text("requestedBy"), request.GetProperty("workingDays").GetInt32()));
        Assert.Equal($"portraits/{citizen.CitizenRef[..16]}.jpg", request.GetProperty("faceCheck").Text("portraitRef"));
        Assert.True(request.GetProperty("withinDeadline").GetBoolean());
        Assert.Equal("14797", account.GetProperty("unit").Text("communeCode")); // the unit that collected the application
        var requested = await eid.Requested.WaitForAsync(e => e.AccountId == account.Id());
        Assert.Equal("SelfService", requested.Message.Source);

        var code = await Officer.LatestCodeAsync(citizen.PhoneNumber);
        var activated = await (await App.PostAsJsonAsync($"{Path}/{account.Id()}/activate", new { code })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", activated.Text("state"));
    }

    [Fact]
    public async Task Level2ThroughTheAppIsRefusedItIsMadeInPerson()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);

        var problem = await (await App.PostAsJsonAsync(Path, new Dictionary<string, object?>(citizen.SelfServiceForm()) { ["level"] = 2 }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("A level 2 account is made in person only.", problem.Text("title"));
        Assert.Equal(["level"], problem.ErrorFields());
        Assert.False(await eid.QueryAsync(db => db.Accounts.AnyAsync(a => a.PersonalId == citizen.PersonalId)));
    }

    [Fact]
    public async Task AFaceCheckThatDidNotMatchOrIsMissingIsRefused()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var failed = new Dictionary<string, object?>(citizen.SelfServiceForm())
        {
            ["faceCheck"] = new Dictionary<string, object?> { ["matched"] = false, ["score"] = 1.5, ["portraitRef"] = "" },
        };
        var missing = new Dictionary<string, object?>(citizen.SelfServiceForm()) { ["faceCheck"] = null };

        var problem = await (await App.PostAsJsonAsync(Path, failed)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["faceCheck.matched", "faceCheck.portraitRef", "faceCheck.score"], problem.ErrorFields());
        Assert.Equal(["faceCheck"], (await (await App.PostAsJsonAsync(Path, missing)).ProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task TheSameIdentityCheckAsAnOfficersRequestHolds()
    {
        var unknown = TestCitizen.New();
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var wrongName = new Dictionary<string, object?>(citizen.SelfServiceForm()) { ["fullName"] = "Nguyễn Văn Anh" };

        await (await App.PostAsJsonAsync(Path, unknown.SelfServiceForm())).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var mismatch = await (await App.PostAsJsonAsync(Path, wrongName)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["fullName"], mismatch.ErrorFields());
    }

    [Fact]
    public async Task AChildsAccountThroughTheAppNeedsTheRepresentativeAndIsLevel1()
    {
        var child = TestCitizen.Aged(4, Today);
        await eid.RecordAsync(child);

        var problem = await (await App.PostAsJsonAsync(Path, child.SelfServiceForm())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["representative"], problem.ErrorFields());

        var account = await (await App.PostAsJsonAsync(Path, new Dictionary<string, object?>(child.SelfServiceForm())
        {
            ["representative"] = TestCitizen.Mother(),
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Mother", account.GetProperty("requests")[0].GetProperty("representative").Text("relationship"));
    }

    [Fact]
    public async Task ACitizenWithAnAccountAlreadyGetsTheConflict()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var first = await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created);

        var again = await (await App.PostAsJsonAsync(Path, citizen.SelfServiceForm())).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.Id(), again.GetProperty("accountId").GetGuid());
    }

    [Theory]
    [InlineData(Roles.StationOfficer)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Integrator)]
    public async Task NoOtherRoleMayUseTheSelfServiceRoute(string role)
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);

        var response = await eid.ClientFor(role).PostAsJsonAsync(Path, citizen.SelfServiceForm());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheAppMayUseNothingButTheSelfServiceRoutes()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var account = await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created);

        foreach (var response in new[]
                 {
                     await App.RequestAsync(TestCitizen.New().Form(level: 1)),
                     await App.GetAsync($"{EIdClients.AccountsPath}/{account.Id()}"),
                     await App.GetAsync($"{EIdClients.AccountsPath}?unitCode=38"),
                     await App.PostAsJsonAsync($"{EIdClients.AccountsPath}/{account.Id()}/activate", new { code = "123456" }),
                     await App.GetAsync($"/api/eid/dev/outbox?phone={citizen.PhoneNumber}"),
                     await App.GetAsync("/api/eid/overdue?unitCode=38"),
                 })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
