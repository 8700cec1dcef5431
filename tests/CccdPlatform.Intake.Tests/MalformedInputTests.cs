using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport.Fuzzing;
using CsCheck;
using Xunit.Abstractions;
using static CccdPlatform.TestSupport.Fuzzing.JsonFaults;

namespace CccdPlatform.Intake.Tests;

/// <summary>
/// Thousands of generated malformed requests, each a valid request spoiled in one way (in a batch, each item in one way):
/// every answer is a 4xx problem document, never a 5xx or a success, and nothing is saved. This class has its own
/// database, so any new row is the fuzzer's.
/// </summary>
public class MalformedInputTests(IntakeFactory intake, ITestOutputHelper output) : IClassFixture<IntakeFactory>
{
    private const string Commune = ApplicationForms.Commune;
    private static readonly string PersonalId = ApplicationForms.NewPersonalId();

    private HttpClient Client(string role, string unitCode = "38") => intake.ClientFor(role, unitCode, "fuzzer");

    private Task NothingIsSavedAsync(Func<Task> run) => RowCounts.AssertNothingSavedAsync(() => intake.QueryAsync(db => db.RowCountsAsync()), run);

    [Fact]
    public async Task MalformedApplicationsAreRefusedWithProblemDetailsAndNothingIsSaved()
    {
        var valid = MalformedIntakeRequests.Application(PersonalId);
        var badKeys = Gen.OneOf(new string('k', 201), "clé-é", "key\twith-tab", "key\u0001", "ключ")
            .Select(key => new MalformedRequest("bad Idempotency-Key", HttpMethod.Post, IntakeClients.ApplicationsPath, "application/json",
                JsonRequests.Serialize(valid), key));
        var requests = Gen.Frequency(
            (20, JsonRequests.Mutations(HttpMethod.Post, IntakeClients.ApplicationsPath, valid, MalformedIntakeRequests.ApplicationFaults)),
            (1, badKeys));
        var client = Client(Roles.MobileOfficer);

        await NothingIsSavedAsync(() => requests.SampleAsync(r => client.SendRefusedAsync(r), 1_500, output));

        await client.SubmitAsync(JsonSerializer.Deserialize<Dictionary<string, object?>>(valid.ToJsonString())!);
    }

    [Fact]
    public async Task MalformedBatchesAreRefusedOrEveryItemIsInvalidAndNothingIsSaved()
    {
        var valid = MalformedIntakeRequests.Batch(ApplicationForms.NewPersonalId(), ApplicationForms.NewPersonalId());
        var items = from first in JsonRequests.Fault(MalformedIntakeRequests.ApplicationFaults.Under("items[0].application."))
                    from second in JsonRequests.Fault(MalformedIntakeRequests.ApplicationFaults.Under("items[1].application."))
                    select MalformedRequest.Json(JsonRequests.Describe([first, second]), HttpMethod.Post, "/api/intake/batches",
                        JsonRequests.Apply(valid, [first, second]));
        var requests = Gen.Frequency(
            (1, JsonRequests.Mutations(HttpMethod.Post, "/api/intake/batches", valid, MalformedIntakeRequests.BatchFaults(valid))),
            (1, items));
        var client = Client(Roles.MobileOfficer);

        await NothingIsSavedAsync(() => requests.SampleAsync(async request =>
        {
            using var response = await client.SendAsync(request.ToMessage());
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await response.AssertRefusalAsync();
                return;
            }

            // A readable envelope is answered item by item: here every item must be refused with its reasons. A saved item
            // makes every later sample fail as AlreadyReceived, and CsCheck shows the smallest of those, so the request
            // that got it saved is written here.
            foreach (var item in (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("outcome").GetString() == "Created")
                {
                    output.WriteLine($"Saved {item.GetProperty("clientItemId")} of: {request}");
                }

                Assert.True(item.GetProperty("outcome").GetString() == "Invalid", $"An item was not refused: {item}");
                Assert.NotEmpty(item.GetProperty("errors").EnumerateObject());
            }
        }, 600, output));

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/intake/batches", Json(valid))).StatusCode);
    }

    [Fact]
    public async Task MalformedStatusActionsAreRefusedAndTheApplicationIsUnchanged()
    {
        var id = await Client(Roles.StationOfficer).SubmitAsync(ApplicationForms.Valid());
        var reason = new JsonObject { ["reason"] = "Checked against the household register" };
        var badReason = new FieldFaults("reason", BadText("Checked", 500));
        (string Action, string Role)[] actions =
        [
            ("approve", Roles.Supervisor), ("card-produced", Roles.Operations), ("card-delivered", Roles.StationOfficer),
            ("cancel", Roles.Supervisor),
        ];
        var clients = actions.ToDictionary(a => a.Action, a => Client(a.Role));
        var unknownIds = Gen.OneOf($"{Guid.NewGuid()}", "not-a-guid", "00000000-0000-0000-0000-000000000000", "%01", new string('f', 300));
        var requests = Gen.OneOf(actions.Select(a => a.Action).ToArray()).SelectMany(action =>
        {
            var path = $"{IntakeClients.ApplicationsPath}/{id}/{action}";
            var body = JsonRequests.Mutations(HttpMethod.Post, path, reason,
                action == "cancel" ? [badReason with { Faults = Gen.OneOf(Dropped, Strings("blank", "", "   "), BadText("Checked", 500)) }] : [badReason],
                bodyIsOptional: action != "cancel");
            var elsewhere = unknownIds.Select(other => MalformedRequest.Json("no such application", HttpMethod.Post,
                $"{IntakeClients.ApplicationsPath}/{other}/{action}", JsonRequests.Serialize(reason)));
            return Gen.Frequency((6, body), (1, elsewhere));
        });

        await NothingIsSavedAsync(() => requests.SampleAsync(
            r => clients[r.Path.Split('/')[^1]].SendRefusedAsync(r), 600, output));

        var application = await Client(Roles.Supervisor).GetFromJsonAsync<JsonElement>($"{IntakeClients.ApplicationsPath}/{id}");
        Assert.Equal("Received", application.GetProperty("status").GetString());
    }

    [Fact]
    public async Task MalformedWorklistReasonsAreRefusedAndNothingIsSaved()
    {
        var personalId = ApplicationForms.NewPersonalId();
        var roster = $"personalId,fullName,dateOfBirth,sex,addressLine\n{personalId},Lê Văn Tám,1995-04-12,Male,Thôn 4\n";
        await (await Client(Roles.StationOfficer).PostAsync($"/api/intake/rosters/{Commune}", Csv(roster))).OkJsonAsync();
        var valid = new JsonObject { ["reason"] = "WorkingAway", ["note"] = "Works in Bình Dương until Tết" };
        FieldFaults[] faults =
        [
            new("reason", Gen.OneOf(Dropped, Strings("unknown value", "Away", "", "0", "9"), Raw("number for an enum", "0", "3"), NotAString)),
            new("note", BadText("Works in Bình Dương", 500)),
        ];
        var path = $"/api/intake/worklists/{personalId}/reason";
        var elsewhere = Gen.OneOf("038095999999", "%01", "abc", new string('9', 300), "038095%2F1")
            .Select(other => new MalformedRequest("no such citizen", HttpMethod.Put, $"/api/intake/worklists/{other}/reason",
                "application/json", JsonRequests.Serialize(valid)));
        var requests = Gen.Frequency((6, JsonRequests.Mutations(HttpMethod.Put, path, valid, faults)), (1, elsewhere));
        var client = Client(Roles.MobileOfficer);

        await NothingIsSavedAsync(() => requests.SampleAsync(r => client.SendRefusedAsync(r), 300, output));
    }

    [Fact]
    public async Task MalformedRostersAreRefusedAndNoCitizenIsSaved()
    {
        var client = Client(Roles.StationOfficer);

        await NothingIsSavedAsync(() => MalformedRosters.Requests($"/api/intake/rosters/{Commune}")
            .SampleAsync(r => client.SendRefusedAsync(r), 500, output));
    }

    [Fact]
    public async Task NonsenseQueryStringsAreRefusedWithProblemDetails()
    {
        var search = Gen.OneOf(
            "page=0", "page=-1", "page=abc", "page=99999999999", "pageSize=0", "pageSize=100000", "pageSize=1.5", "from=2026-02-30",
            "from=abc", "from=2026-05-01&to=2026-04-01", "to=0001-01-00", "status=4", "status=Nonsense", "status=", "channel=1",
            "channel=Online", "sort=-id", "sort=receivedAt;drop", "unitCode=99", "unitCode=%00", "teamCode=%00", "teamCode=T%01",
            "unitCode=38&page=0&pageSize=0", "from=9999-12-31&to=0001-01-01");
        var worklist = Gen.OneOf(
            "", "communeCode=99999", "communeCode=%00", $"communeCode={Commune}&page=0", $"communeCode={Commune}&pageSize=201",
            $"communeCode={Commune}&reason=4", $"communeCode={Commune}&reason=Nowhere", $"communeCode={Commune}&page=x");
        var audit = Gen.OneOf(
            "page=0", "pageSize=100000", "from=yesterday", "from=2026-05-01T00:00:00Z&to=2026-04-01T00:00:00Z", "citizen=%00",
            "citizen=abc%2Fdef", "subject=%00", "action=a%00b");
        var requests = Gen.OneOf(
            search.Select(q => MalformedRequest.Get(q, $"{IntakeClients.ApplicationsPath}?{q}")),
            worklist.Select(q => MalformedRequest.Get(q, $"/api/intake/worklists?{q}")),
            audit.Select(q => MalformedRequest.Get(q, $"/api/intake/audit?{q}")));
        var client = Client(Roles.Admin);

        await NothingIsSavedAsync(() => requests.SampleAsync(r => client.SendRefusedAsync(r), 600, output));
    }

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");

    private static ByteArrayContent Json(JsonObject body) =>
        new(JsonRequests.Serialize(body)) { Headers = { ContentType = new("application/json") } };
}
