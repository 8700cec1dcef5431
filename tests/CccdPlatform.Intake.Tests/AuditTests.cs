using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Tests;

/// <summary>Each test acts as officers of its own subject, so its entries are told apart in the shared database.</summary>
public class AuditTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string AuditPath = "/api/intake/audit";

    private HttpClient Officer(string subject, string role = Roles.StationOfficer, string unitCode = "38", string? machine = null)
    {
        var client = intake.ClientFor(role, unitCode, subject);
        return machine is null ? client : client.FromMachine(machine);
    }

    private Task<JsonElement[]> AuditAsync(string query) => intake.ClientFor(Roles.Admin, "01", "auditor").AuditEntriesAsync(AuditPath, query);

    [Fact]
    public async Task AnAdminSeesWhoCreatedAndWhoReadAnApplicationByTheCitizensIdNumber()
    {
        var (clerk, reader) = (AuditQueries.NewSubject(), AuditQueries.NewSubject());
        var personalId = ApplicationForms.NewPersonalId();
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await Officer(clerk, machine: "KIT-0042").SubmitAsync(ApplicationForms.Valid(personalId));
        await (await Officer(reader, Roles.Supervisor, ApplicationForms.Commune).GetAsync($"{IntakeClients.ApplicationsPath}/{id}")).OkJsonAsync();

        var entries = await AuditAsync($"citizen={personalId}");

        Assert.Equal(["application.read", "application.create"], entries.Strings("action"));
        var (read, created) = (entries[0], entries[1]);
        Assert.Equal(reader, read.GetProperty("subject").GetString());
        Assert.Equal(Roles.Supervisor, read.GetProperty("role").GetString());
        Assert.Equal(ApplicationForms.Commune, read.GetProperty("unitCode").GetString());
        Assert.Equal(200, read.GetProperty("outcome").GetInt32());
        Assert.Equal(clerk, created.GetProperty("subject").GetString());
        Assert.Equal("38", created.GetProperty("unitCode").GetString());
        Assert.Equal("KIT-0042", created.GetProperty("machineId").GetString());
        Assert.Equal(201, created.GetProperty("outcome").GetInt32());
        foreach (var entry in entries)
        {
            Assert.Equal(id.ToString(), entry.GetProperty("resourceId").GetString());
            Assert.Matches("^[0-9a-f]{64}$", entry.GetProperty("citizenRef").GetString());
            Assert.InRange(entry.GetProperty("at").GetDateTimeOffset(), started, DateTimeOffset.UtcNow);
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("correlationId").GetString()));
        }

        var byRef = await AuditAsync($"citizen={created.GetProperty("citizenRef").GetString()}");
        Assert.Equal(entries.Strings("id"), byRef.Strings("id"));
    }

    [Fact]
    public async Task TheMachineNamedInTheFormIsRecordedWhenTheClientSendsNoHeader()
    {
        var subject = AuditQueries.NewSubject();
        await Officer(subject).SubmitAsync(ApplicationForms.Mobile().With("machineId", "KIT-0777"));

        var created = Assert.Single(await AuditAsync($"subject={subject}"));
        Assert.Equal("KIT-0777", created.GetProperty("machineId").GetString());
    }

    [Fact]
    public async Task RefusedAttemptsAreRecordedWithTheirStatus()
    {
        var (clerk, outsider, station) = (AuditQueries.NewSubject(), AuditQueries.NewSubject(), AuditQueries.NewSubject());
        var personalId = ApplicationForms.NewPersonalId();
        var id = await Officer(clerk).SubmitAsync(ApplicationForms.Valid(personalId));

        var outside = await Officer(outsider, unitCode: "01").GetAsync($"{IntakeClients.ApplicationsPath}/{id}");
        var secondApplication = await Officer(clerk).PostAsJsonAsync(IntakeClients.ApplicationsPath, ApplicationForms.Valid(personalId));
        var wrongRole = await Officer(station).PostAsJsonAsync($"{IntakeClients.ApplicationsPath}/{id}/approve", new { });
        var unknown = await Officer(station).GetAsync($"{IntakeClients.ApplicationsPath}/{Guid.NewGuid()}");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Conflict, HttpStatusCode.Forbidden, HttpStatusCode.NotFound],
            [outside.StatusCode, secondApplication.StatusCode, wrongRole.StatusCode, unknown.StatusCode]);
        var refusedRead = Assert.Single(await AuditAsync($"subject={outsider}"));
        Assert.Equal(403, refusedRead.GetProperty("outcome").GetInt32());
        Assert.Equal(id.ToString(), refusedRead.GetProperty("resourceId").GetString());
        var citizenRef = refusedRead.GetProperty("citizenRef").GetString();
        Assert.NotNull(citizenRef);

        var second = (await AuditAsync($"subject={clerk}&action=application.create"))[0];
        Assert.Equal(409, second.GetProperty("outcome").GetInt32());
        Assert.Equal(citizenRef, second.GetProperty("citizenRef").GetString());

        var attempts = await AuditAsync($"subject={station}");
        Assert.Equal(["application.read", "application.approve"], attempts.Strings("action"));
        Assert.Equal([404, 403], attempts.Select(e => e.GetProperty("outcome").GetInt32()));
        Assert.Equal(id.ToString(), attempts[1].GetProperty("resourceId").GetString());
        Assert.All(attempts, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("citizenRef").ValueKind));
    }

    [Fact]
    public async Task AStatusChangeIsRecordedOnceAndASearchOncePerCitizenShown()
    {
        var (clerk, supervisor) = (AuditQueries.NewSubject(), AuditQueries.NewSubject());
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await Officer(clerk).SubmitAsync(ApplicationForms.Valid().With("collectingUnitCode", "15127")));
        }

        var cancel = await Officer(supervisor, Roles.Supervisor).PostAsJsonAsync(
            $"{IntakeClients.ApplicationsPath}/{ids[0]}/cancel", new { reason = "Applied twice by mistake" });
        await cancel.OkJsonAsync();
        await (await Officer(supervisor, Roles.Supervisor).GetAsync($"{IntakeClients.ApplicationsPath}?unitCode=15127&pageSize=200"))
            .OkJsonAsync();

        var cancelled = Assert.Single(await AuditAsync($"subject={supervisor}&action=application.cancel"));
        Assert.Equal(ids[0].ToString(), cancelled.GetProperty("resourceId").GetString());
        var shown = await AuditAsync($"subject={supervisor}&action=application.search&pageSize=200");
        Assert.Superset(ids.Select(i => i.ToString()).ToHashSet(), shown.Strings("resourceId").ToHashSet());
        Assert.Equal(shown.Length, shown.Strings("resourceId").Distinct().Count());
    }

    [Fact]
    public async Task BatchesRostersAndWorklistsLeaveAnEntryPerCitizen()
    {
        var (mobile, importer) = (AuditQueries.NewSubject(), AuditQueries.NewSubject());
        var batchIds = new[] { ApplicationForms.NewPersonalId(), ApplicationForms.NewPersonalId() };
        var batch = await Officer(mobile, Roles.MobileOfficer, ApplicationForms.Commune).PostAsJsonAsync("/api/intake/batches", new
        {
            batchId = $"B-{Guid.NewGuid():N}",
            machineId = "KIT-0100",
            items = batchIds.Select((p, i) => new { clientItemId = $"item-{i}", application = ApplicationForms.Mobile(p).With("machineId", null) }),
        });
        await batch.OkJsonAsync();

        var rosterIds = new[] { "038058" + Random.Shared.Next(0, 500_000).ToString("D6"), "038058" + Random.Shared.Next(500_000, 1_000_000).ToString("D6") };
        var csv = "personalId,fullName,dateOfBirth,sex\n" + string.Join("\n", rosterIds.Select(p => $"{p},Lê Văn Tám,1958-03-01,Male")) + "\n";
        await (await Officer(importer, unitCode: "38").PostAsync("/api/intake/rosters/14818", new StringContent(csv, Encoding.UTF8, "text/csv")))
            .OkJsonAsync();
        await (await Officer(importer, unitCode: "38").GetAsync("/api/intake/worklists?communeCode=14818")).OkJsonAsync();

        var batchEntries = await AuditAsync($"subject={mobile}");
        Assert.Equal(2, batchEntries.Length);
        Assert.All(batchEntries, e =>
        {
            Assert.Equal("batch.submit", e.GetProperty("action").GetString());
            Assert.Equal("KIT-0100", e.GetProperty("machineId").GetString());
            Assert.Equal(201, e.GetProperty("outcome").GetInt32());
        });
        foreach (var personalId in rosterIds)
        {
            Assert.Equal(["worklist.read", "roster.import"], (await AuditAsync($"citizen={personalId}")).Strings("action"));
        }
    }

    [Fact]
    public async Task NoAuditEntryHoldsAnIdNumber()
    {
        var subject = AuditQueries.NewSubject();
        var personalIds = new[] { ApplicationForms.NewPersonalId(), ApplicationForms.NewPersonalId() };
        foreach (var personalId in personalIds)
        {
            var id = await Officer(subject).SubmitAsync(ApplicationForms.Valid(personalId));
            await Officer(subject).GetAsync($"{IntakeClients.ApplicationsPath}/{id}");
        }

        var rows = await intake.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Subject == subject).ToListAsync());

        Assert.Equal(4, rows.Count);
        var text = JsonSerializer.Serialize(rows);
        Assert.All(personalIds, personalId => Assert.DoesNotContain(personalId, text));
    }

    [Fact]
    public async Task TheDatabaseRefusesToUpdateDeleteOrTruncateAuditEntries()
    {
        await Officer(AuditQueries.NewSubject()).SubmitAsync(ApplicationForms.Valid());

        await AuditQueries.AssertAuditEntriesRefuseChangeAsync(sql => intake.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        Assert.True(await intake.QueryAsync(db => db.Set<AuditEntry>().AnyAsync()));
    }
}
