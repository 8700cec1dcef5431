using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport.Fuzzing;

namespace CccdPlatform.Intake.Tests;

/// <summary>Requests the fuzzer found answered with a 500 or accepted; each is now refused with a problem document.</summary>
public class MalformedInputRegressionTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private static readonly Dictionary<string, Func<MalformedRequest>> Cases = new()
    {
        ["a birth on 9999-12-31 collected on that day"] = () => Application(a =>
        {
            a["dateOfBirth"] = "9999-12-31";
            a["collectedAt"] = "9999-12-31T23:59:59Z";
        }),
        ["a phone number in Arabic-Indic digits"] = () => Application(a => a["phoneNumber"] = "09123456٧٨"),
        ["a control character inside a phone number"] = () => Application(a => a["phoneNumber"] = "0912\u0085345678"),
        ["a field given twice"] = () => MalformedRequest.Json("twice", HttpMethod.Post, IntakeClients.ApplicationsPath,
            Encoding.UTF8.GetBytes("{\"personalId\":\"038095000001\"," + MalformedIntakeRequests.Application(ApplicationForms.NewPersonalId()).ToJsonString()[1..])),
        ["a NUL in an address line"] = () => Application(a => a["permanentAddress"]!["line"] = "12 Lê\u0000Lợi"),
        ["a NUL in a batch id"] = () => MalformedRequest.Json("batch", HttpMethod.Post, "/api/intake/batches", Encoding.UTF8.GetBytes(
            MalformedIntakeRequests.Batch(ApplicationForms.NewPersonalId(), ApplicationForms.NewPersonalId()).ToJsonString().Replace("BATCH-", "BATCH\\u0000"))),
        ["a NUL in a worklist note"] = () => MalformedRequest.Json("note", HttpMethod.Put, "/api/intake/worklists/038095000001/reason",
            Encoding.UTF8.GetBytes("{\"reason\":\"WorkingAway\",\"note\":\"Bình\\u0000Dương\"}")),
        ["a roster citizen born on 9999-12-31"] = () => Roster("038095123456,Lê Văn Tám,9999-12-31,Male,Thôn 4"),
        ["a roster header with an open quote"] = () => Roster("\"personalId,fullName,dateOfBirth,sex", header: ""),
        ["a roster in a broken multipart form"] = () => Roster("038095123456,Lê Văn Tám,1995-04-12,Male,Thôn 4", type: "multipart/form-data; boundary=x"),
        ["a roster that is not UTF-8"] = () => new MalformedRequest("latin-1", HttpMethod.Post, $"/api/intake/rosters/{ApplicationForms.Commune}", "text/csv",
            Encoding.Latin1.GetBytes("personalId,fullName,dateOfBirth,sex\n038095123456,Lê Văn Tám,1995-04-12,Male\n")),
        ["a NUL in an audit filter"] = () => MalformedRequest.Get("audit", "/api/intake/audit?action=a%00b"),
        ["a NUL in a team code filter"] = () => MalformedRequest.Get("search", $"{IntakeClients.ApplicationsPath}?teamCode=%00"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public Task ARequestThatOnceBrokeIntakeIsRefusedWithProblemDetails(string name) => RowCounts.AssertNothingSavedAsync(
        () => intake.QueryAsync(db => db.RowCountsAsync()), () => intake.ClientFor(Roles.Admin, "38").SendRefusedAsync(Cases[name]()));

    [Fact]
    public async Task AStatusChangeThatIsNotAllowedKeepsTheNumericStatusOfItsProblemDocument()
    {
        var id = await intake.ClientFor(Roles.StationOfficer, "38").SubmitAsync(ApplicationForms.Valid());

        var response = await intake.ClientFor(Roles.Operations, "38").PostAsync($"{IntakeClients.ApplicationsPath}/{id}/card-produced", null);

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Equal("Received", problem.GetProperty("currentStatus").GetString());
    }

    private static MalformedRequest Application(Action<JsonObject> spoil)
    {
        var application = MalformedIntakeRequests.Application(ApplicationForms.NewPersonalId());
        spoil(application);
        return MalformedRequest.Json("application", HttpMethod.Post, IntakeClients.ApplicationsPath, JsonRequests.Serialize(application));
    }

    private static MalformedRequest Roster(string row, string header = "personalId,fullName,dateOfBirth,sex,addressLine\n", string type = "text/csv") =>
        new("roster", HttpMethod.Post, $"/api/intake/rosters/{ApplicationForms.Commune}", type, Encoding.UTF8.GetBytes($"{header}{row}\n"));
}
