using System.Net;
using System.Text;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

public class AccountRequestTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer);

    [Fact]
    public async Task ALevel1RequestThatMatchesIntakeCreatesTheAccountAndTextsACode()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);

        var response = await Officer.RequestAsync(citizen.Form(level: 1));
        var account = await response.JsonAsync(HttpStatusCode.Created);

        Assert.Equal($"{EIdClients.AccountsPath}/{account.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal(1, account.GetProperty("level").GetInt32());
        Assert.Equal("PendingActivation", account.Text("state"));
        Assert.Equal(JsonValueKind.Null, account.GetProperty("waitingFor").ValueKind);
        Assert.Equal(citizen.PersonalId, account.Text("personalId"));
        Assert.Equal($"*******{citizen.PhoneNumber[^3..]}", account.Text("phoneNumber"));
        Assert.Matches(@"^\d{6}$", await Officer.LatestCodeAsync(citizen.PhoneNumber));
    }

    [Fact]
    public async Task NamesMatchWhateverTheirUnicodeFormLetterCaseAndSpacing()
    {
        var citizen = TestCitizen.New(fullName: "Trần Thị Bình", sex: "Female");
        await eid.RecordAsync(citizen);
        var form = citizen.Form(level: 1);
        form["fullName"] = "  trần   THỊ bình ".Normalize(NormalizationForm.FormD);

        await Officer.RequestAsync(form, HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("fullName", "Nguyễn Văn Anh")]
    [InlineData("dateOfBirth", "1995-04-13")]
    [InlineData("sex", "Female")]
    public async Task ARequestWhoseIdentityDiffersFromIntakesIsRefusedNamingTheField(string field, string value)
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var form = citizen.Form(level: 1);
        form[field] = value;

        var problem = await (await Officer.RequestAsync(form)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("The identity does not match what intake holds for this citizen.", problem.Text("title"));
        Assert.Equal([field], problem.ErrorFields());
        Assert.False(await eid.QueryAsync(db => db.Accounts.AnyAsync(a => a.PersonalId == citizen.PersonalId)));
    }

    [Fact]
    public async Task ARequestForACitizenIntakeHasNoApplicationForIsRefused()
    {
        var problem = await (await Officer.RequestAsync(TestCitizen.New().Form(level: 1)))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Intake holds no application for this citizen.", problem.Text("title"));
        Assert.Equal(["personalId"], problem.ErrorFields());
    }

    [Fact]
    public async Task ACitizenUnder14WithoutALegalRepresentativeIsRefused()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var citizen = TestCitizen.New(bornOn: today.AddYears(-14).AddDays(1));
        await eid.RecordAsync(citizen);

        var problem = await (await Officer.RequestAsync(citizen.Form(level: 1))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("The citizen's age rules this request out.", problem.Text("title"));
        Assert.Equal(["representative"], problem.ErrorFields());
    }

    [Fact]
    public async Task ACitizenWhoTurned14TodayMayHaveAnAccount()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var citizen = TestCitizen.New(bornOn: today.AddYears(-14));
        await eid.RecordAsync(citizen);

        await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created);
    }

    [Fact]
    public async Task ACitizenHasOneAccountWhoeverAsksForIt()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var first = await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created);

        var again = await (await eid.ClientFor(Roles.MobileOfficer).RequestAsync(citizen.Form(level: 1)))
            .ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(first.Id(), again.GetProperty("accountId").GetGuid());
        Assert.Equal(1, await eid.QueryAsync(db => db.Accounts.CountAsync(a => a.PersonalId == citizen.PersonalId)));
    }

    [Fact]
    public async Task ALevel2RequestBeforeBiometricsAreAcceptedWaitsAndSaysWhatFor()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);

        var response = await Officer.RequestAsync(citizen.Form(level: 2));
        var account = await response.JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal("Requested", account.Text("state"));
        Assert.Equal("BiometricsAcceptance", account.Text("waitingFor"));
        Assert.Equal(2, account.GetProperty("level").GetInt32());
        var read = await Officer.AccountAsync(account.Id());
        Assert.Equal("BiometricsAcceptance", read.Text("waitingFor"));
        Assert.Equal("BiometricsAcceptance", read.GetProperty("requests")[0].Text("waitingFor"));
        Assert.Equal(0, await Officer.TextsSentToAsync(citizen.PhoneNumber));

        // A second request while it waits is the same request.
        await (await Officer.RequestAsync(citizen.Form(level: 2))).ProblemAsync(HttpStatusCode.Conflict);
        await (await Officer.RequestAsync(citizen.Form(level: 1))).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AWaitingLevel2AccountIsCreatedWhenTheCitizensBiometricsAreAccepted()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var account = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Accepted);

        await eid.AcceptBiometricsAsync(citizen.ApplicationId);

        var created = await eid.Created.WaitForAsync(e => e.AccountId == account.Id());
        Assert.Equal(2, created.Message.Level);
        Assert.Equal("PendingActivation", created.Message.State);
        Assert.True(created.Message.WithinDeadline);
        var read = await Officer.AccountAsync(account.Id());
        Assert.Equal("PendingActivation", read.Text("state"));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("waitingFor").ValueKind);
        Assert.Matches(@"^\d{6}$", await Officer.LatestCodeAsync(citizen.PhoneNumber));
    }

    [Fact]
    public async Task ALevel2RequestAfterTheBiometricsWereAcceptedIsCreatedAtOnce()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);

        var account = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Created);

        Assert.Equal("PendingActivation", account.Text("state"));
        Assert.Equal(2, account.GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task InvalidFieldsGetOneMessageEach()
    {
        var form = TestCitizen.New().Form(level: 3);
        form["personalId"] = "03809500123";
        form["phoneNumber"] = "024 3826 9999";
        form["email"] = "not-an-email";
        form["unitCode"] = "99999";

        var problem = await (await Officer.RequestAsync(form)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["email", "level", "personalId", "phoneNumber", "unitCode"], problem.ErrorFields());
    }

    [Fact]
    public async Task AnOfficerRequestsForTheirOwnUnitOnly()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var form = citizen.Form(level: 1);
        form["unitCode"] = "14818";

        await (await eid.ClientFor(Roles.StationOfficer, "14797").RequestAsync(form)).ProblemAsync(HttpStatusCode.Forbidden);
        var account = await eid.ClientFor(Roles.StationOfficer, "14818").RequestAsync(form, HttpStatusCode.Created);
        Assert.Equal("14818", account.GetProperty("unit").Text("communeCode"));
    }

    [Fact]
    public async Task AnAccountIsAskedForInAUnitOfTodaysMapAndAnOldDistrictIsRefused()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var form = citizen.Form(level: 1);
        form["unitCode"] = "380";

        var problem = await (await eid.ClientFor(Roles.StationOfficer, "38").RequestAsync(form)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("there are no districts since 1 July 2025", problem.GetProperty("errors").GetProperty("unitCode")[0].GetString());
    }

    [Theory]
    [InlineData(Roles.Operations)]
    [InlineData(Roles.Integrator)]
    public async Task RolesThatDoNotServeCitizensCannotRequestAccounts(string role)
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);

        var response = await eid.ClientFor(role).RequestAsync(citizen.Form(level: 1));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ARequestWithoutATokenIsUnauthorized()
    {
        var response = await eid.CreateClient().RequestAsync(TestCitizen.New().Form(level: 1));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
