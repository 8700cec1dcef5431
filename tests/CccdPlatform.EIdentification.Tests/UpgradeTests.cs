using System.Net;
using System.Text.Json;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;

namespace CccdPlatform.EIdentification.Tests;

public class UpgradeTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer);

    private async Task<(Guid Id, TestCitizen Citizen)> ActiveLevel1Async()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var id = (await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created)).Id();
        await (await Officer.ActivateAsync(id, await Officer.LatestCodeAsync(citizen.PhoneNumber))).JsonAsync(HttpStatusCode.OK);
        return (id, citizen);
    }

    [Fact]
    public async Task RequestingLevel2ForACitizenWithAcceptedBiometricsUpgradesTheirAccountKeepingItsIdAndState()
    {
        var (id, citizen) = await ActiveLevel1Async();
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);

        var upgraded = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.OK);

        Assert.Equal(id, upgraded.Id());
        Assert.Equal(2, upgraded.GetProperty("level").GetInt32());
        Assert.Equal("Active", upgraded.Text("state"));
        Assert.Equal(["NewAccount", "Upgrade"], upgraded.GetProperty("requests").EnumerateArray().Select(r => r.Text("kind")));
        var announced = await eid.Upgraded.WaitForAsync(e => e.AccountId == id);
        Assert.Equal((1, 2, "Active"), (announced.Message.PreviousLevel, announced.Message.Level, announced.Message.State));
        Assert.True(announced.Message.WithinDeadline);
    }

    [Fact]
    public async Task AnUpgradeBeforeBiometricsWaitsWhileTheAccountStaysUsableAtLevel1()
    {
        var (id, citizen) = await ActiveLevel1Async();

        var waiting = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Accepted);

        Assert.Equal(1, waiting.GetProperty("level").GetInt32());
        Assert.Equal("Active", waiting.Text("state"));
        Assert.Equal("BiometricsAcceptance", waiting.GetProperty("pendingUpgrade").Text("waitingFor"));
        await (await Officer.RequestAsync(citizen.Form(level: 2))).ProblemAsync(HttpStatusCode.Conflict);

        await eid.AcceptBiometricsAsync(citizen.ApplicationId);

        var announced = await eid.Upgraded.WaitForAsync(e => e.AccountId == id);
        Assert.Equal(2, announced.Message.Level);
        var account = await Officer.AccountAsync(id);
        Assert.Equal(2, account.GetProperty("level").GetInt32());
        Assert.Equal(JsonValueKind.Null, account.GetProperty("pendingUpgrade").ValueKind);
    }

    [Fact]
    public async Task AnUpgradeCanBeAskedForOnTheNextApplicationForm()
    {
        var (id, citizen) = await ActiveLevel1Async();
        var renewal = Guid.CreateVersion7();

        await eid.RecordAsync(citizen, new EIdRequest(2, citizen.PhoneNumber, null), applicationId: renewal);
        await eid.AcceptBiometricsAsync(renewal);

        var announced = await eid.Upgraded.WaitForAsync(e => e.AccountId == id);
        Assert.Equal(2, announced.Message.Level);
    }

    [Fact]
    public async Task AnAccountAlreadyAtLevel2CannotBeRequestedAgainAtEitherLevel()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);
        var account = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Created);

        var problem = await (await Officer.RequestAsync(citizen.Form(level: 1))).ProblemAsync(HttpStatusCode.Conflict);
        await (await Officer.RequestAsync(citizen.Form(level: 2))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(account.Id(), problem.GetProperty("accountId").GetGuid());
        Assert.Equal(2, problem.GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task ALockedLevel1AccountIsStillUpgradedAndStaysLocked()
    {
        var (id, citizen) = await ActiveLevel1Async();
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);
        await (await eid.ClientFor(Roles.Supervisor).PostAsync($"{EIdClients.AccountsPath}/{id}/lock",
            System.Net.Http.Json.JsonContent.Create(new { reason = "Citizen asked" }))).JsonAsync(HttpStatusCode.OK);

        var upgraded = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.OK);

        Assert.Equal((2, "Locked"), (upgraded.GetProperty("level").GetInt32(), upgraded.Text("state")));
        await Eventually.ReturnsAsync(() => eid.Upgraded.Received.FirstOrDefault(e => e.Message.AccountId == id));
    }
}
