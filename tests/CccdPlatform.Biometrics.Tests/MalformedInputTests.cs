using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport.Fuzzing;
using CsCheck;
using Xunit.Abstractions;
using static CccdPlatform.TestSupport.Fuzzing.JsonFaults;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>
/// Malformed captures, force-accepts and duplicate decisions by the thousand (bad base64, templates of the wrong size or
/// with NaN, wrong fingers, oversize images...): each is refused with a problem document and no row is written.
/// </summary>
public class MalformedInputTests(BiometricsFactory biometrics, ITestOutputHelper output) : IClassFixture<BiometricsFactory>
{
    private const string Captures = "/api/biometrics/captures";

    private Task NothingIsSavedAsync(Func<Task> run) => RowCounts.AssertNothingSavedAsync(() => biometrics.CountAsync(db => db.RowCountsAsync()), run);

    private static Gen<MalformedRequest> Elsewhere(string pathOf, JsonObject validBody) =>
        Gen.OneOf($"{Guid.NewGuid()}", "not-a-guid", "00000000-0000-0000-0000-000000000000", "%01", new string('f', 300))
            .Select(id => MalformedRequest.Json("nothing there", HttpMethod.Post, string.Format(pathOf, id), JsonRequests.Serialize(validBody)));

    [Fact]
    public async Task MalformedCapturesAreRefusedWithProblemDetailsAndNothingIsSaved()
    {
        var application = await biometrics.ApplicationAsync();
        var valid = MalformedCaptures.Valid(application);
        var requests = JsonRequests.Mutations(HttpMethod.Post, Captures, valid, MalformedCaptures.Faults);
        var client = biometrics.Client(Roles.StationOfficer);

        await NothingIsSavedAsync(() => requests.SampleAsync(r => client.SendRefusedAsync(r), 2_800, output));

        var accepted = await client.PostAsync(Captures, new ByteArrayContent(JsonRequests.Serialize(valid)) { Headers = { ContentType = new("application/json") } });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task MalformedForceAcceptsAndDuplicateDecisionsAreRefusedAndNothingChanges()
    {
        var (captureId, caseId) = await DuplicateCaseAsync();
        var force = new JsonObject { ["reason"] = "Worn fingers of a retired bricklayer" };
        var decision = new JsonObject { ["decision"] = "DistinctPeople", ["reason"] = "Twins, checked against the household register" };
        var reason = new FieldFaults("reason", Gen.OneOf(Dropped, Strings("blank", "", "   "), BadText("Twins", 1000)));
        var requests = Gen.Frequency(
            (6, JsonRequests.Mutations(HttpMethod.Post, $"{Captures}/{captureId}/force-accept", force, [reason])),
            (1, Elsewhere(Captures + "/{0}/force-accept", force)),
            (6, JsonRequests.Mutations(HttpMethod.Post, $"/api/biometrics/duplicates/{caseId}/decision", decision,
            [
                reason,
                new("decision", Gen.OneOf(Dropped, Strings("unknown value", "Maybe", "", "distinct people"), Raw("number for an enum", "0", "1"), NotAString)),
            ])),
            (1, Elsewhere("/api/biometrics/duplicates/{0}/decision", decision)));
        var client = biometrics.Client(Roles.Supervisor);

        await NothingIsSavedAsync(() => requests.SampleAsync(r => client.SendRefusedAsync(r), 700, output));

        var open = await client.GetFromJsonAsync<JsonElement>($"/api/biometrics/duplicates/{caseId}");
        Assert.Equal(JsonValueKind.Null, open.GetProperty("decision").ValueKind);
    }

    [Fact]
    public async Task NonsenseQueriesAndIdsAreRefusedWithProblemDetails()
    {
        var requests = Gen.OneOf(
            Gen.OneOf("page=0", "pageSize=100000", "page=x", "from=yesterday", "from=2026-05-01T00:00:00Z&to=2026-04-01T00:00:00Z",
                "citizen=%00", "citizen=038095123456", "subject=%00", "action=a%01b", "to=9999-99-99").Select(q => MalformedRequest.Get(q, $"/api/biometrics/audit?{q}")),
            Gen.OneOf($"{Guid.NewGuid()}", "not-a-guid", "%01", "00000000-0000-0000-0000-000000000000")
                .SelectMany(id => Gen.OneOf($"{Captures}/{id}", $"{Captures}/{id}/templates", $"/api/biometrics/duplicates/{id}"))
                .Select(path => MalformedRequest.Get("nothing there", path)));
        var client = biometrics.Client(Roles.Admin);

        await NothingIsSavedAsync(() => requests.SampleAsync(r => client.SendRefusedAsync(r), 300, output));
    }

    [Fact]
    public async Task ANulInTheMachineIdIsRefusedNotAServerError()
    {
        var capture = MalformedCaptures.Valid(await biometrics.ApplicationAsync());
        capture["machineId"] = "KIT\u0000380";

        await NothingIsSavedAsync(() => biometrics.Client(Roles.StationOfficer).SendRefusedAsync(
            MalformedRequest.Json("NUL in the machine id", HttpMethod.Post, Captures, JsonRequests.Serialize(capture))));
    }

    /// <summary>Two citizens with one face: returns the later capture and the case it raised.</summary>
    private async Task<(Guid Capture, Guid Case)> DuplicateCaseAsync()
    {
        var face = FaceTemplates.Random();
        var officer = biometrics.Client(Roles.StationOfficer);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync(Captures, CaptureForms.Good(await biometrics.ApplicationAsync(), face))).StatusCode);
        var later = await officer.PostAsJsonAsync(Captures, CaptureForms.Good(await biometrics.ApplicationAsync(), FaceTemplates.NearlyIdentical(face)));
        var capture = await later.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("DuplicateSuspected", capture.GetProperty("outcome").GetString());
        var cases = await biometrics.Client(Roles.Supervisor).GetFromJsonAsync<JsonElement>("/api/biometrics/duplicates");
        return (capture.GetProperty("captureId").GetGuid(), cases[0].GetProperty("caseId").GetGuid());
    }
}
