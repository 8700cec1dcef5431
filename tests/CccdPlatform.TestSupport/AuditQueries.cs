using System.Net;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Audit;
using Npgsql;
using Xunit;

namespace CccdPlatform.TestSupport;

/// <summary>
/// What every service's audit tests share: callers told apart by subject and machine, the Admin query, and the proof
/// that the table is append-only. That only Admin may query is in each service's access matrix.
/// </summary>
public static class AuditQueries
{
    /// <summary>A subject no other test uses, so a test finds its own entries in the shared database.</summary>
    public static string NewSubject() => $"officer-{Guid.NewGuid():N}"[..20];

    public static HttpClient FromMachine(this HttpClient client, string machineId)
    {
        client.DefaultRequestHeaders.Add(AuditTrail.MachineHeader, machineId);
        return client;
    }

    /// <summary>The entries an Admin's <c>GET {auditPath}?{query}</c> answers, newest first.</summary>
    public static async Task<JsonElement[]> AuditEntriesAsync(this HttpClient admin, string auditPath, string query)
    {
        var response = await admin.GetAsync($"{auditPath}?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    /// <summary>Runs UPDATE, DELETE and TRUNCATE on the audit table and asserts that PostgreSQL refuses each.</summary>
    public static async Task AssertAuditEntriesRefuseChangeAsync(Func<string, Task> execute)
    {
        foreach (var statement in new[]
        {
            """UPDATE "AuditEntries" SET "Subject" = 'someone-else'""",
            """DELETE FROM "AuditEntries" """,
            """TRUNCATE "AuditEntries" """,
        })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => execute(statement));
            Assert.Contains("append-only", refused.MessageText);
        }
    }
}
