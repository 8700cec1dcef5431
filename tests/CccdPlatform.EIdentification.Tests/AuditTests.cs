using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>Each test acts as officers of its own subjects, so its entries are told apart in the shared database.</summary>
public class AuditTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private const string AuditPath = "/api/eid/audit";

    private HttpClient Officer(string subject, string role = Roles.StationOfficer, string unitCode = "14797", string? machine = null)
    {
        var client = eid.ClientFor(role, unitCode, subject);
        return machine is null ? client : client.FromMachine(machine);
    }

    private Task<JsonElement[]> AuditAsync(string query) => eid.ClientFor(Roles.Admin, "01", "auditor").AuditEntriesAsync(AuditPath, query);

    private static IEnumerable<string> Actions(IEnumerable<JsonElement> entries) => entries.Select(e => e.Text("action"));

    private async Task<(Guid Id, TestCitizen Citizen)> NewAccountAsync(HttpClient officer)
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        return ((await officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created)).Id(), citizen);
    }

    [Fact]
    public async Task AnAdminSeesWhoRequestedReadActivatedAndLockedAnAccountByTheCitizensIdNumber()
    {
        var (clerk, supervisor) = (AuditQueries.NewSubject(), AuditQueries.NewSubject());
        var officer = Officer(clerk, machine: "KIT-0042");
        var (id, citizen) = await NewAccountAsync(officer);
        await officer.AccountAsync(id);
        await (await officer.ActivateAsync(id, await officer.LatestCodeAsync(citizen.PhoneNumber))).JsonAsync(HttpStatusCode.OK);
        await (await Officer(supervisor, Roles.Supervisor, "38").PostAsJsonAsync($"{EIdClients.AccountsPath}/{id}/lock", new { reason = "Phone stolen" }))
            .JsonAsync(HttpStatusCode.OK);

        var entries = await AuditAsync($"citizen={citizen.PersonalId}");

        Assert.Equal(["account.lock", "account.activate", "account.read", "account.request"], Actions(entries));
        Assert.Equal([200, 200, 200, 201], entries.Select(e => e.GetProperty("outcome").GetInt32()));
        Assert.Equal([supervisor, clerk, clerk, clerk], entries.Select(e => e.Text("subject")));
        Assert.Equal([Roles.Supervisor, Roles.StationOfficer, Roles.StationOfficer, Roles.StationOfficer], entries.Select(e => e.Text("role")));
        Assert.Equal(["38", "14797", "14797", "14797"], entries.Select(e => e.Text("unitCode")));
        Assert.Equal("KIT-0042", entries[^1].Text("machineId"));
        Assert.All(entries, e =>
        {
            Assert.Equal(citizen.CitizenRef, e.Text("citizenRef"));
            Assert.Equal(id.ToString(), e.Text("resourceId"));
            Assert.InRange(e.GetProperty("at").GetDateTimeOffset(), eid.Clock.GetUtcNow().AddMinutes(-5), eid.Clock.GetUtcNow());
        });
        Assert.Equal(entries.Select(e => e.Text("id")), (await AuditAsync($"citizen={citizen.CitizenRef}")).Select(e => e.Text("id")));
    }

    [Fact]
    public async Task WrongCodesRefusedRolesAndUnknownAccountsAreRecordedWithTheirStatus()
    {
        var (clerk, integrator, outsider) = (AuditQueries.NewSubject(), AuditQueries.NewSubject(), AuditQueries.NewSubject());
        var (id, citizen) = await NewAccountAsync(Officer(clerk));

        var wrongCode = await Officer(clerk).ActivateAsync(id, "000000" == await Officer(clerk).LatestCodeAsync(citizen.PhoneNumber) ? "000001" : "000000");
        var refusedRole = await Officer(integrator, Roles.Integrator).ActivateAsync(id, "123456");
        var outsideUnit = await Officer(outsider, unitCode: "01").GetAsync($"{EIdClients.AccountsPath}/by-personal-id/{citizen.PersonalId}");
        var unknown = await Officer(outsider).GetAsync($"{EIdClients.AccountsPath}/{Guid.NewGuid()}");

        Assert.Equal(
            [HttpStatusCode.UnprocessableEntity, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound],
            [wrongCode.StatusCode, refusedRole.StatusCode, outsideUnit.StatusCode, unknown.StatusCode]);
        var activation = (await AuditAsync($"subject={clerk}&action=account.activate"))[0];
        Assert.Equal(422, activation.GetProperty("outcome").GetInt32());
        Assert.Equal(citizen.CitizenRef, activation.Text("citizenRef"));
        var attempt = Assert.Single(await AuditAsync($"subject={integrator}"));
        Assert.Equal((403, id.ToString()), (attempt.GetProperty("outcome").GetInt32(), attempt.Text("resourceId")));
        var refused = await AuditAsync($"subject={outsider}");
        Assert.Equal([404, 403], refused.Select(e => e.GetProperty("outcome").GetInt32()));
        Assert.Equal(citizen.CitizenRef, refused[1].Text("citizenRef"));
    }

    [Fact]
    public async Task ASearchLeavesOneEntryPerAccountShown()
    {
        var (clerk, reader) = (AuditQueries.NewSubject(), AuditQueries.NewSubject());
        var ids = new[] { (await NewAccountAsync(Officer(clerk))).Id, (await NewAccountAsync(Officer(clerk))).Id };

        var page = await (await Officer(reader).GetAsync($"{EIdClients.AccountsPath}?unitCode=14797&pageSize=200")).JsonAsync(HttpStatusCode.OK);

        var shown = await AuditAsync($"subject={reader}&action=account.search&pageSize=200");
        Assert.Equal(page.GetProperty("items").GetArrayLength(), shown.Length);
        Assert.Superset(ids.Select(i => i.ToString()).ToHashSet(), shown.Select(e => e.Text("resourceId")).ToHashSet());
    }

    [Fact]
    public async Task NoAuditEntryHoldsAnIdNumberAndTheDatabaseRefusesToChangeThem()
    {
        var clerk = AuditQueries.NewSubject();
        var (id, citizen) = await NewAccountAsync(Officer(clerk));
        await Officer(clerk).GetAsync($"{EIdClients.AccountsPath}/by-personal-id/{citizen.PersonalId}");

        var rows = await eid.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Subject == clerk).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain(citizen.PersonalId, JsonSerializer.Serialize(rows));

        await AuditQueries.AssertAuditEntriesRefuseChangeAsync(sql => eid.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        Assert.Equal(2, await eid.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Subject == clerk && e.ResourceId == id.ToString())));
    }
}
