using System.Net;
using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>What reporting and integrators receive: level, state, unit and version, and nothing that identifies a person.</summary>
public class EventTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private static readonly UnitPath Commune = new("38", null, "14797");

    [Fact]
    public async Task AnAccountsEventsCarryItsUnitLevelStateAndAGrowingVersion()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var officer = eid.ClientFor(Roles.StationOfficer, "14797");
        var id = (await officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created)).Id();
        await (await officer.ActivateAsync(id, await officer.LatestCodeAsync(citizen.PhoneNumber))).JsonAsync(HttpStatusCode.OK);
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);
        await officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.OK);

        var requested = (await eid.Requested.WaitForAsync(e => e.AccountId == id && e.Kind == "NewAccount")).Message;
        var created = (await eid.Created.WaitForAsync(e => e.AccountId == id)).Message;
        var activated = (await eid.Activated.WaitForAsync(e => e.AccountId == id)).Message;
        var upgrade = (await eid.Requested.WaitForAsync(e => e.AccountId == id && e.Kind == "Upgrade")).Message;
        var upgraded = (await eid.Upgraded.WaitForAsync(e => e.AccountId == id)).Message;

        Assert.Equal((1, "Requested", 1, "Officer"), (requested.Level, requested.State, requested.AccountVersion, requested.Source));
        Assert.Equal((1, "PendingActivation", 2), (created.Level, created.State, created.AccountVersion));
        Assert.Equal((1, "Active", 3), (activated.Level, activated.State, activated.AccountVersion));
        Assert.Equal((1, "Active", 2), (upgrade.Level, upgrade.State, upgrade.RequestedLevel));
        Assert.Equal((2, "Active", 4), (upgraded.Level, upgraded.State, upgraded.AccountVersion));
        Assert.All(new[] { requested.Unit, created.Unit, activated.Unit, upgraded.Unit }, unit => Assert.Equal(Commune, unit));
        Assert.All(new[] { requested.CitizenRef, created.CitizenRef, activated.CitizenRef, upgraded.CitizenRef },
            reference => Assert.Equal(citizen.CitizenRef, reference));
        Assert.Equal(created.RequestId, requested.RequestId);
        Assert.Equal(7, requested.WorkingDays);
        Assert.False(requested.HasChipCard);
    }

    [Fact]
    public async Task NoEventCarriesTheIdNumberTheNameThePhoneOrTheEmail()
    {
        var citizen = TestCitizen.New(fullName: "Lê Thị Hoa", sex: "Female");
        await eid.RecordAsync(citizen);
        var form = citizen.Form(level: 2);
        form["email"] = "hoa@example.vn";
        var supervisor = eid.ClientFor(Roles.Supervisor, "14797");
        var id = (await supervisor.RequestAsync(form, HttpStatusCode.Accepted)).Id();
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);
        await eid.Created.WaitForAsync(e => e.AccountId == id);
        await (await supervisor.PostAsync($"{EIdClients.AccountsPath}/{id}/lock",
            System.Net.Http.Json.JsonContent.Create(new { reason = $"Phone {citizen.PhoneNumber} reported lost" }))).JsonAsync(HttpStatusCode.OK);
        await (await supervisor.PostAsync($"{EIdClients.AccountsPath}/{id}/unlock", null)).JsonAsync(HttpStatusCode.OK);
        await eid.Unlocked.WaitForAsync(e => e.AccountId == id);

        var bodies = await eid.QueryAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.MessageType.Contains("EIdentification"))
            .Select(m => m.Body)
            .ToListAsync());
        var mine = bodies.Where(b => b.Contains(id.ToString())).ToList();
        Assert.True(mine.Count >= 4, $"Only {mine.Count} events of the account were found.");
        foreach (var secret in new[] { citizen.PersonalId, citizen.PhoneNumber, citizen.PhoneNumber[1..], "hoa@example.vn", "Hoa", "Lê" })
        {
            Assert.DoesNotContain(mine, body => body.Contains(secret, StringComparison.OrdinalIgnoreCase)
                                                || JsonSerializer.Deserialize<JsonElement>(body).ToString().Contains(secret));
        }
    }
}
