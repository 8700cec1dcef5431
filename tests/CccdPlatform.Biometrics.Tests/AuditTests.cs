using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>Each test acts as officers of its own subjects, so its entries are told apart in the shared database.</summary>
public class AuditTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private const string AuditPath = "/api/biometrics/audit";
    private const string Captures = "/api/biometrics/captures";

    private HttpClient Officer(string subject, string role = Roles.StationOfficer, string unitCode = "38")
    {
        var client = biometrics.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", biometrics.Tokens.Issue(role, unitCode, subject));
        return client;
    }

    private Task<JsonElement[]> AuditAsync(string query) => Officer("auditor", Roles.Admin, "01").AuditEntriesAsync(AuditPath, query);

    private static int Outcome(JsonElement entry) => entry.GetProperty("outcome").GetInt32();

    private static string? Text(JsonElement entry, string property) => entry.GetProperty(property).GetString();

    private async Task<Guid> CaptureAsync(HttpClient officer, Guid application, float[]? face = null)
    {
        var response = await officer.PostAsJsonAsync(Captures, CaptureForms.Good(application, face));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("captureId").GetGuid();
    }

    [Fact]
    public async Task AnAdminSeesWhoCapturedAndWhoReadACitizensBiometricsAndTheirTemplates()
    {
        var (operatorSubject, admin) = (AuditQueries.NewSubject(), AuditQueries.NewSubject());
        var citizenRef = BiometricsFactory.NewCitizenRef();
        var officer = Officer(operatorSubject, unitCode: "380");
        var captureId = await CaptureAsync(officer, await biometrics.ApplicationAsync(citizenRef));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"{Captures}/{captureId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Officer(admin, Roles.Admin).FromMachine("ADMIN-PC-7").GetAsync($"{Captures}/{captureId}/templates")).StatusCode);

        var entries = await AuditAsync($"citizen={citizenRef}");

        Assert.Equal(["capture.templates.read", "capture.read", "capture.submit"], entries.Select(e => Text(e, "action")));
        Assert.Equal([200, 200, 201], entries.Select(Outcome));
        Assert.Equal([admin, operatorSubject, operatorSubject], entries.Select(e => Text(e, "subject")));
        Assert.Equal([Roles.Admin, Roles.StationOfficer, Roles.StationOfficer], entries.Select(e => Text(e, "role")));
        Assert.Equal(["38", "380", "380"], entries.Select(e => Text(e, "unitCode")));
        Assert.Equal(["ADMIN-PC-7", null, "KIT-380-01"], entries.Select(e => Text(e, "machineId")));
        Assert.All(entries, e =>
        {
            Assert.Equal(captureId.ToString(), Text(e, "resourceId"));
            Assert.InRange(e.GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
        });
    }

    [Fact]
    public async Task ARefusedReadOfTemplatesIsRecordedToo()
    {
        var supervisor = AuditQueries.NewSubject();
        var captureId = await CaptureAsync(Officer(AuditQueries.NewSubject()), await biometrics.ApplicationAsync());

        var refused = await Officer(supervisor, Roles.Supervisor).GetAsync($"{Captures}/{captureId}/templates");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var entry = Assert.Single(await AuditAsync($"subject={supervisor}"));
        Assert.Equal(("capture.templates.read", 403, captureId.ToString()), (Text(entry, "action"), Outcome(entry), Text(entry, "resourceId")));
    }

    [Fact]
    public async Task ADuplicateCaseIsRecordedAgainstBothCitizensWhenListedAndDecided()
    {
        var (earlierRef, laterRef, supervisor) = (BiometricsFactory.NewCitizenRef(), BiometricsFactory.NewCitizenRef(), AuditQueries.NewSubject());
        var face = FaceTemplates.Random();
        await CaptureAsync(Officer(AuditQueries.NewSubject()), await biometrics.ApplicationAsync(earlierRef), face);
        var later = await biometrics.ApplicationAsync(laterRef);
        await CaptureAsync(Officer(AuditQueries.NewSubject()), later, FaceTemplates.NearlyIdentical(face));
        var caseId = (await biometrics.Suspected.WaitForAsync(m => m.ApplicationId == later)).Message.CaseId;

        await Officer(supervisor, Roles.Supervisor).GetAsync("/api/biometrics/duplicates");
        var decided = await Officer(supervisor, Roles.Supervisor).PostAsJsonAsync(
            $"/api/biometrics/duplicates/{caseId}/decision", new { decision = "DistinctPeople", reason = "Twins, checked in the household register" });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        foreach (var citizenRef in new[] { earlierRef, laterRef })
        {
            var entries = await AuditAsync($"citizen={citizenRef}&subject={supervisor}");
            Assert.Equal(["duplicate.decide", "duplicate.list"], entries.Select(e => Text(e, "action")));
            Assert.All(entries, e => Assert.Equal(caseId.ToString(), Text(e, "resourceId")));
        }
    }

    [Fact]
    public async Task BiometricsNeverSeesIdNumbersSoItsAuditIsQueriedByCitizenRef()
    {
        var response = await Officer("auditor", Roles.Admin, "01").GetAsync($"{AuditPath}?citizen=038095001234");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("citizenRef", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheDatabaseRefusesToUpdateDeleteOrTruncateAuditEntries()
    {
        var subject = AuditQueries.NewSubject();
        await CaptureAsync(Officer(subject), await biometrics.ApplicationAsync());

        await AuditQueries.AssertAuditEntriesRefuseChangeAsync(sql => biometrics.CountAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        Assert.Equal(1, await biometrics.CountAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Subject == subject)));
    }
}
