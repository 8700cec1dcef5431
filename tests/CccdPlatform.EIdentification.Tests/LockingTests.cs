using System.Net;
using System.Net.Http.Json;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.EIdentification.Tests;

public class LockingTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer, "14797");
    private HttpClient Supervisor => eid.ClientFor(Roles.Supervisor, "14797");

    private async Task<(Guid Id, TestCitizen Citizen)> NewAccountAsync(bool activate)
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var id = (await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created)).Id();
        if (activate)
        {
            await (await Officer.ActivateAsync(id, await Officer.LatestCodeAsync(citizen.PhoneNumber))).JsonAsync(HttpStatusCode.OK);
        }

        return (id, citizen);
    }

    private static Task<HttpResponseMessage> LockAsync(HttpClient client, Guid id, string? reason = "Reported stolen phone") =>
        client.PostAsJsonAsync($"{EIdClients.AccountsPath}/{id}/lock", new { reason });

    private static Task<HttpResponseMessage> UnlockAsync(HttpClient client, Guid id) =>
        client.PostAsync($"{EIdClients.AccountsPath}/{id}/unlock", null);

    [Fact]
    public async Task ASupervisorLocksAnActiveAccountAndUnlocksItBackToActive()
    {
        var (id, _) = await NewAccountAsync(activate: true);

        var locked = await (await LockAsync(Supervisor, id)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Locked", locked.Text("state"));
        Assert.Equal("Officer", locked.Text("lockReason"));
        var lockedEvent = await eid.Locked.WaitForAsync(e => e.AccountId == id);
        Assert.Equal("Officer", lockedEvent.Message.Reason);
        Assert.Equal("Active", lockedEvent.Message.PreviousState);
        Assert.DoesNotContain("stolen", System.Text.Json.JsonSerializer.Serialize(lockedEvent.Message));

        var unlocked = await (await UnlockAsync(Supervisor, id)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Active", unlocked.Text("state"));
        var unlockedEvent = await eid.Unlocked.WaitForAsync(e => e.AccountId == id);
        Assert.Equal("Active", unlockedEvent.Message.State);
        Assert.True(unlockedEvent.Message.AccountVersion > lockedEvent.Message.AccountVersion);
    }

    [Fact]
    public async Task UnlockingAnAccountLockedByWrongCodesSendsAFreshCodeAndStartsTheCountAgain()
    {
        var (id, citizen) = await NewAccountAsync(activate: false);
        for (var attempt = 1; attempt <= EIdFactory.MaxAttempts; attempt++)
        {
            await Officer.ActivateAsync(id, "000000" == await Officer.LatestCodeAsync(citizen.PhoneNumber) ? "000001" : "000000");
        }

        Assert.Equal("Locked", (await Officer.AccountAsync(id)).Text("state"));

        var unlocked = await (await UnlockAsync(Supervisor, id)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("PendingActivation", unlocked.Text("state"));
        Assert.Equal(2, await Officer.TextsSentToAsync(citizen.PhoneNumber));
        var wrong = await (await Officer.ActivateAsync(id, "999999" == await Officer.LatestCodeAsync(citizen.PhoneNumber) ? "999998" : "999999"))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(EIdFactory.MaxAttempts - 1, wrong.GetProperty("attemptsLeft").GetInt32());
        await (await Officer.ActivateAsync(id, await Officer.LatestCodeAsync(citizen.PhoneNumber))).JsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Roles.StationOfficer)]
    [InlineData(Roles.MobileOfficer)]
    [InlineData(Roles.Operations)]
    [InlineData(Roles.Integrator)]
    public async Task OnlySupervisorsAndAdminsLockAndUnlock(string role)
    {
        var (id, _) = await NewAccountAsync(activate: true);
        var client = eid.ClientFor(role, "38");

        Assert.Equal(HttpStatusCode.Forbidden, (await LockAsync(client, id)).StatusCode);
        await (await LockAsync(eid.ClientFor(Roles.Admin, "01"), id)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Forbidden, (await UnlockAsync(client, id)).StatusCode);
        Assert.Equal("Locked", (await Officer.AccountAsync(id)).Text("state"));
    }

    [Fact]
    public async Task ASupervisorOfAnotherUnitCannotLockTheAccount()
    {
        var (id, _) = await NewAccountAsync(activate: true);

        await (await LockAsync(eid.ClientFor(Roles.Supervisor, "14818"), id)).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("Active", (await Officer.AccountAsync(id)).Text("state"));
    }

    [Fact]
    public async Task LockingNeedsAReasonAndAnAccountThatCanBeLocked()
    {
        var (id, _) = await NewAccountAsync(activate: true);

        var problem = await (await LockAsync(Supervisor, id, reason: " ")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["reason"], problem.ErrorFields());
        await (await UnlockAsync(Supervisor, id)).ProblemAsync(HttpStatusCode.Conflict);
        await (await LockAsync(Supervisor, id)).JsonAsync(HttpStatusCode.OK);
        await (await LockAsync(Supervisor, id)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ALockedAccountGetsNoNewCode()
    {
        var (id, _) = await NewAccountAsync(activate: false);
        await (await LockAsync(Supervisor, id)).JsonAsync(HttpStatusCode.OK);
        eid.Clock.Advance(TimeSpan.FromMinutes(2));

        await (await Officer.PostAsync($"{EIdClients.AccountsPath}/{id}/resend-code", null)).ProblemAsync(HttpStatusCode.Locked);
    }
}
