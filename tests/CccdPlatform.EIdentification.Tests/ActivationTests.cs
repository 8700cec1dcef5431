using System.Net;
using System.Net.Http.Json;
using System.Text;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

public class ActivationTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer);

    /// <summary>The citizen's app: any authenticated caller but an integrator, until citizens carry tokens of their own.</summary>
    private HttpClient CitizenApp => eid.ClientFor(Roles.MobileOfficer, "14758");

    private async Task<(Guid Id, TestCitizen Citizen, string Code)> NewAccountAsync()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var account = await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created);
        return (account.Id(), citizen, await Officer.LatestCodeAsync(citizen.PhoneNumber));
    }

    private static string WrongCode(string code) => ((int.Parse(code) + 1) % 1_000_000).ToString("D6");

    [Fact]
    public async Task TheRightCodeActivatesTheAccountAndWorksOnlyOnce()
    {
        var (id, _, code) = await NewAccountAsync();

        var activated = await (await CitizenApp.ActivateAsync(id, code)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Active", activated.Text("state"));
        Assert.Equal("Active", (await Officer.AccountAsync(id)).Text("state"));
        var announced = await eid.Activated.WaitForAsync(e => e.AccountId == id);
        Assert.Equal(1, announced.Message.Level);
        Assert.Equal("Active", announced.Message.State);

        var again = await (await CitizenApp.ActivateAsync(id, code)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Active", again.Text("state"));
    }

    [Fact]
    public async Task AWrongCodeIsRefusedAndSaysHowManyTriesAreLeft()
    {
        var (id, _, code) = await NewAccountAsync();

        var problem = await (await CitizenApp.ActivateAsync(id, WrongCode(code))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("WrongCode", problem.Text("reason"));
        Assert.Equal(EIdFactory.MaxAttempts - 1, problem.GetProperty("attemptsLeft").GetInt32());
        Assert.Equal("PendingActivation", (await Officer.AccountAsync(id)).Text("state"));
    }

    [Fact]
    public async Task TooManyWrongCodesLockTheAccountAndThenEvenTheRightCodeIsRefused()
    {
        var (id, _, code) = await NewAccountAsync();
        for (var attempt = 1; attempt < EIdFactory.MaxAttempts; attempt++)
        {
            await (await CitizenApp.ActivateAsync(id, WrongCode(code))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        }

        await (await CitizenApp.ActivateAsync(id, WrongCode(code))).ProblemAsync(HttpStatusCode.Locked);

        var account = await Officer.AccountAsync(id);
        Assert.Equal("Locked", account.Text("state"));
        Assert.Equal("WrongCodes", account.Text("lockReason"));
        var locked = await eid.Locked.WaitForAsync(e => e.AccountId == id);
        Assert.Equal("WrongCodes", locked.Message.Reason);
        Assert.Equal("PendingActivation", locked.Message.PreviousState);
        await (await CitizenApp.ActivateAsync(id, code)).ProblemAsync(HttpStatusCode.Locked);
    }

    [Fact]
    public async Task AnExpiredCodeIsRefusedWithoutCountingAsAWrongTry()
    {
        var (id, _, code) = await NewAccountAsync();

        eid.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var problem = await (await CitizenApp.ActivateAsync(id, code)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Expired", problem.Text("reason"));
        Assert.Equal(0, await eid.QueryAsync(db => db.Accounts.Where(a => a.Id == id).Select(a => a.FailedAttempts).SingleAsync()));
    }

    [Fact]
    public async Task AResentCodeReplacesTheOldOneWhichStopsWorking()
    {
        var (id, citizen, oldCode) = await NewAccountAsync();
        eid.Clock.Advance(TimeSpan.FromMinutes(1));

        var sent = await (await CitizenApp.PostAsync($"{EIdClients.AccountsPath}/{id}/resend-code", null)).JsonAsync(HttpStatusCode.Accepted);
        var newCode = await Officer.LatestCodeAsync(citizen.PhoneNumber);

        Assert.Equal($"*******{citizen.PhoneNumber[^3..]}", sent.Text("sentTo"));
        Assert.Equal(2, await Officer.TextsSentToAsync(citizen.PhoneNumber));
        if (newCode != oldCode)
        {
            var stale = await (await CitizenApp.ActivateAsync(id, oldCode)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("WrongCode", stale.Text("reason"));
        }

        await (await CitizenApp.ActivateAsync(id, newCode)).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ANewCodeCannotBeAskedForMomentsAfterTheLast()
    {
        var (id, citizen, _) = await NewAccountAsync();

        var response = await CitizenApp.PostAsync($"{EIdClients.AccountsPath}/{id}/resend-code", null);

        await response.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Equal(1, await Officer.TextsSentToAsync(citizen.PhoneNumber));
    }

    [Fact]
    public async Task ResendingDoesNotResetTheCountOfWrongCodes()
    {
        var (id, citizen, code) = await NewAccountAsync();
        for (var attempt = 1; attempt < EIdFactory.MaxAttempts; attempt++)
        {
            await (await CitizenApp.ActivateAsync(id, WrongCode(code))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        }

        eid.Clock.Advance(TimeSpan.FromMinutes(1));
        await (await CitizenApp.PostAsync($"{EIdClients.AccountsPath}/{id}/resend-code", null)).JsonAsync(HttpStatusCode.Accepted);
        var newCode = await Officer.LatestCodeAsync(citizen.PhoneNumber);

        await (await CitizenApp.ActivateAsync(id, WrongCode(newCode))).ProblemAsync(HttpStatusCode.Locked);
    }

    [Fact]
    public async Task CodesAreKeptOnlyAsSaltedHashesAndNeverInEvents()
    {
        var (id, _, code) = await NewAccountAsync();

        var account = await eid.QueryAsync(db => db.Accounts.SingleAsync(a => a.Id == id));
        Assert.Equal(32, account.CodeHash!.Length);
        Assert.Equal(16, account.CodeSalt!.Length);
        Assert.DoesNotContain(code, Convert.ToHexString(account.CodeHash) + Encoding.UTF8.GetString(account.CodeHash));
        var bodies = await eid.QueryAsync(db => db.Set<OutboxMessage>().Select(m => m.Body).ToListAsync());
        Assert.DoesNotContain(bodies, body => body.Contains($"\"{code}\"") || body.Contains($" {code}"));
    }

    [Fact]
    public async Task AnAccountStillWaitingForBiometricsCannotBeActivated()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var account = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Accepted);

        var problem = await (await CitizenApp.ActivateAsync(account.Id(), "123456")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("Requested", problem.Text("state"));
    }

    [Fact]
    public async Task ACodeMustBeSixDigits()
    {
        var (id, _, _) = await NewAccountAsync();

        var problem = await (await CitizenApp.ActivateAsync(id, "12ab56")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["code"], problem.ErrorFields());
    }

    [Fact]
    public async Task AnIntegratorCannotActivateOrAskForCodes()
    {
        var (id, _, code) = await NewAccountAsync();
        var integrator = eid.ClientFor(Roles.Integrator);

        Assert.Equal(HttpStatusCode.Forbidden, (await integrator.ActivateAsync(id, code)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await integrator.PostAsync($"{EIdClients.AccountsPath}/{id}/resend-code", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await integrator.GetAsync($"/api/eid/dev/outbox?phone=0912345678")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CitizenApp.ActivateAsync(Guid.NewGuid(), code)).StatusCode);
    }
}
