using System.Net;
using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>Accounts asked for on the CCCD application form, and events from intake and biometrics in either order.</summary>
public class ApplicationFormTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private static readonly UnitPath Commune = new("38", null, "14758");

    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer);

    private async Task<JsonElement> AccountOfAsync(TestCitizen citizen, Func<JsonElement, bool>? until = null) =>
        (await Eventually.ReturnsAsync(async () =>
        {
            var response = await Officer.GetAsync($"{EIdClients.AccountsPath}/by-personal-id/{citizen.PersonalId}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return null;
            }

            var account = await response.JsonAsync(HttpStatusCode.OK);
            return until is null || until(account) ? (object)account : null;
        })) is JsonElement found ? found : default;

    [Fact]
    public async Task AnAccountAskedForOnTheApplicationFormIsRequestedWithoutASecondForm()
    {
        var citizen = TestCitizen.New();

        await eid.RecordAsync(citizen, new EIdRequest(1, citizen.PhoneNumber, "an@example.vn"), Commune);

        var account = await AccountOfAsync(citizen);
        Assert.Equal("PendingActivation", account.Text("state"));
        Assert.Equal("14758", account.GetProperty("unit").Text("communeCode"));
        Assert.Equal("an@example.vn", account.Text("email"));
        var request = account.GetProperty("requests")[0];
        Assert.Equal("ApplicationForm", request.Text("source"));
        Assert.Equal(citizen.ApplicationId, request.GetProperty("applicationId").GetGuid());
        Assert.Equal("application-form", request.Text("requestedBy"));
        Assert.Matches(@"^\d{6}$", await Officer.LatestCodeAsync(citizen.PhoneNumber));

        var requested = await eid.Requested.WaitForAsync(e => e.AccountId == account.Id());
        Assert.Equal("ApplicationForm", requested.Message.Source);
        Assert.Equal(citizen.ApplicationId, requested.Message.ApplicationId);
        Assert.Equal(Commune, requested.Message.RequestingUnit);
    }

    [Fact]
    public async Task ALevel2AccountFromTheFormIsCreatedWhenTheBiometricsOfThatApplicationAreAccepted()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen, new EIdRequest(2, citizen.PhoneNumber, null));
        var waiting = await AccountOfAsync(citizen);
        Assert.Equal("Requested", waiting.Text("state"));
        Assert.Equal("BiometricsAcceptance", waiting.Text("waitingFor"));

        await eid.AcceptBiometricsAsync(citizen.ApplicationId);

        var created = await AccountOfAsync(citizen, a => a.Text("state") == "PendingActivation");
        Assert.Equal(waiting.Id(), created.Id());
        Assert.Equal(2, created.GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task AnAcceptanceThatArrivesBeforeIntakesIdentityIsKeptAndApplied()
    {
        var citizen = TestCitizen.New();
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);

        await eid.RecordAsync(citizen, new EIdRequest(2, citizen.PhoneNumber, null));

        var account = await AccountOfAsync(citizen);
        Assert.Equal("PendingActivation", account.Text("state"));
        Assert.Equal(2, account.GetProperty("level").GetInt32());
        var requested = await eid.Requested.WaitForAsync(e => e.AccountId == account.Id());
        Assert.Null(requested.Message.WaitingFor);
    }

    [Fact]
    public async Task AnEarlyAcceptanceAlsoCountsForARequestMadeAtTheCounterLater()
    {
        var citizen = TestCitizen.New();
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);
        await eid.RecordAsync(citizen);

        var account = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Created);

        Assert.Equal("PendingActivation", account.Text("state"));
    }

    [Fact]
    public async Task TheBiometricsOfAnotherApplicationOfTheSameCitizenCount()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);
        var renewal = Guid.CreateVersion7();

        await eid.RecordAsync(citizen, new EIdRequest(2, citizen.PhoneNumber, null), applicationId: renewal);

        Assert.Equal("PendingActivation", (await AccountOfAsync(citizen)).Text("state"));
    }

    [Fact]
    public async Task ARedeliveredApplicationEventRequestsTheAccountOnce()
    {
        var citizen = TestCitizen.New();
        var messageId = Guid.NewGuid();
        var identity = citizen.Identity(new EIdRequest(1, citizen.PhoneNumber, null));

        await eid.Intake.PublishAsync(identity, messageId);
        var account = await AccountOfAsync(citizen);
        await eid.Intake.PublishAsync(identity, messageId);
        var marker = TestCitizen.New(); // once the marker is in, the redelivery behind it was handled
        await eid.RecordAsync(marker);

        Assert.Equal(1, await eid.QueryAsync(db => db.AccountRequests.CountAsync(r => r.AccountId == account.Id())));
        Assert.Equal(1, await Officer.TextsSentToAsync(citizen.PhoneNumber));
    }

    [Fact]
    public async Task ALaterApplicationUpdatesTheIdentityThatRequestsMustMatch()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var corrected = citizen with { FullName = "Nguyễn Văn Ân" };

        await eid.RecordAsync(corrected, applicationId: Guid.CreateVersion7());

        await (await Officer.RequestAsync(citizen.Form(level: 1))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await Officer.RequestAsync(corrected.Form(level: 1), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData(10, 2)]
    [InlineData(4, 1)]
    public async Task AnAccountAskedForOnAChildsFormIsMadeOnTheRequestOfTheRepresentativeRecordedThere(int years, int level)
    {
        var child = TestCitizen.Aged(years, VietnamToday);
        var mother = new Representative("Lê Thị Hoa", TestCitizen.New(new DateOnly(1990, 3, 2), "Female").PersonalId, "Mother");
        await eid.AcceptBiometricsAsync(child.ApplicationId);

        await eid.RecordAsync(child, new EIdRequest(level, child.PhoneNumber, null), representative: mother);

        var account = await AccountOfAsync(child);
        Assert.Equal(("PendingActivation", level), (account.Text("state"), account.GetProperty("level").GetInt32()));
        var representative = account.GetProperty("requests")[0].GetProperty("representative");
        Assert.Equal((mother.FullName, mother.PersonalId, mother.Relationship),
            (representative.Text("fullName"), representative.Text("personalId"), representative.Text("relationship")));
    }

    [Fact]
    public async Task AChildsFormWithoutARepresentativeOrAskingLevel2Under6MakesNoAccount()
    {
        var withoutRepresentative = TestCitizen.Aged(10, VietnamToday);
        var fourYearsOld = TestCitizen.Aged(4, VietnamToday);
        var mother = new Representative("Lê Thị Hoa", TestCitizen.New(new DateOnly(1990, 3, 2), "Female").PersonalId, "Mother");

        await eid.RecordAsync(withoutRepresentative, new EIdRequest(1, withoutRepresentative.PhoneNumber, null));
        await eid.RecordAsync(fourYearsOld, new EIdRequest(2, fourYearsOld.PhoneNumber, null), representative: mother);
        var marker = TestCitizen.New(); // once the marker's account is in, the forms before it were handled
        await eid.RecordAsync(marker, new EIdRequest(1, marker.PhoneNumber, null));
        await AccountOfAsync(marker);

        string[] children = [withoutRepresentative.PersonalId, fourYearsOld.PersonalId];
        Assert.False(await eid.QueryAsync(db => db.Accounts.AnyAsync(a => children.Contains(a.PersonalId))));
    }

    private static DateOnly VietnamToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [Fact]
    public async Task AcceptanceForAnApplicationNeverSeenIsNotAnError()
    {
        await eid.Biometrics.PublishAsync(new BiometricsAccepted(Guid.NewGuid(), Guid.NewGuid(), true, DateTimeOffset.UtcNow), Guid.NewGuid());
        var marker = TestCitizen.New();
        await eid.RecordAsync(marker);

        Assert.Equal(0, await eid.QueryAsync(db => db.Accounts.CountAsync(a => a.PersonalId == marker.PersonalId)));
    }
}
