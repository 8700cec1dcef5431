using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>A full flow with every service logging at Debug: no ID number used in it may appear in any log line.</summary>
[Collection(PlatformCollection.Name)]
public class PrivacyTests(PlatformFixture platform)
{
    [Fact]
    public async Task NoIdNumberOfTheFlowAppearsInAnyServiceLog()
    {
        var token = await platform.DevTokenAsync("Supervisor", subject: "privacy-check");
        var applicant = "038195" + Random.Shared.Next(0, 1_000_000).ToString("D6");
        var onRoster = "038095" + Random.Shared.Next(0, 1_000_000).ToString("D6");

        await Registration.StationMachineAsync(platform.Gateway, "E2E-PRIVACY-380", "14797");
        var created = await Registration.OnceKnownAsync(() => SendAsync(HttpMethod.Post, "/api/intake/applications", token, JsonContent.Create(new
        {
            personalId = applicant,
            fullName = "Lê Thị Hoa",
            dateOfBirth = "1995-08-20",
            sex = "Female",
            permanentAddress = new { provinceCode = "38", communeCode = "14797", line = "5 Trần Phú" },
            collectingUnitCode = "14797",
            channel = "Station",
            machineId = "E2E-PRIVACY-380",
        })));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, created.Headers.Location!.OriginalString, token)).StatusCode);

        var roster = $"personalId,fullName,dateOfBirth,sex\n{onRoster},Phạm Văn Bình,1995-01-02,Male\n";
        var imported = await SendAsync(HttpMethod.Post, "/api/intake/rosters/14797", token, new StringContent(roster, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        // The ID number travels in this URL: the request line must still not reach a log.
        var reason = await SendAsync(HttpMethod.Put, $"/api/intake/worklists/{onRoster}/reason", token,
            JsonContent.Create(new { reason = "WorkingAway", note = "Works in Ha Noi" }));
        Assert.Equal(HttpStatusCode.NoContent, reason.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3)); // let the events go round and the log lines arrive

        Assert.NotEmpty(platform.ServiceLogs.Lines);
        Assert.DoesNotContain(platform.ServiceLogs.Lines, line => line.Contains(applicant) || line.Contains(onRoster));
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, AuthenticationHeaderValue token, HttpContent? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.Authorization = token;
        return platform.Gateway.SendAsync(request);
    }
}
