using System.Net;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Authentication;
using Xunit;

namespace CccdPlatform.TestSupport;

/// <summary>What every service's audit tests share: callers told apart by subject and machine, and the Admin query.</summary>
public static class AuditQueries
{
    public static TheoryData<string> NonAdminRoles => [.. Roles.All.Where(r => r != Roles.Admin)];

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
}
