using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Biometrics.Tests;

public class DeduplicationTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private async Task<JsonElement> CaptureAsync(Guid application, float[] face)
    {
        var response = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync("/api/biometrics/captures", CaptureForms.Good(application, face));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<(Guid Earlier, Guid Later, float[] Face)> TwoPeopleWithOneFaceAsync()
    {
        var face = FaceTemplates.Random();
        var earlier = await biometrics.ApplicationAsync();
        Assert.Equal("Accepted", (await CaptureAsync(earlier, face)).GetProperty("outcome").GetString());
        var later = await biometrics.ApplicationAsync();
        Assert.Equal("DuplicateSuspected", (await CaptureAsync(later, FaceTemplates.NearlyIdentical(face))).GetProperty("outcome").GetString());
        return (earlier, later, face);
    }

    private Task<HttpResponseMessage> DecideAsync(Guid caseId, string role, string decision, string? reason = "Different people: twins, checked against the household register") =>
        biometrics.Client(role).PostAsJsonAsync($"/api/biometrics/duplicates/{caseId}/decision", new { decision, reason });

    [Fact]
    public async Task ANearlyIdenticalFaceOfAnotherCitizenRaisesDuplicateSuspectedAndIsNotAccepted()
    {
        var (earlier, later, _) = await TwoPeopleWithOneFaceAsync();

        var suspected = await biometrics.Suspected.WaitForAsync(m => m.ApplicationId == later);

        Assert.Equal(earlier, suspected.Message.CandidateApplicationId);
        Assert.InRange(suspected.Message.Similarity, 0.9, 1.0);
        await Task.Delay(500);
        Assert.DoesNotContain(biometrics.Accepted.Received, m => m.Message.ApplicationId == later);
    }

    [Fact]
    public async Task OfTwoCapturesOfOneFaceUnderTwoIdentitiesSentAtOnceOnlyOneIsAccepted()
    {
        var face = FaceTemplates.Random();
        var first = await biometrics.ApplicationAsync();
        var second = await biometrics.ApplicationAsync();

        var outcomes = await Task.WhenAll(
            CaptureAsync(first, FaceTemplates.NearlyIdentical(face)), CaptureAsync(second, FaceTemplates.NearlyIdentical(face)));

        Assert.Equal(["Accepted", "DuplicateSuspected"], outcomes.Select(o => o.GetProperty("outcome").GetString()).Order());
    }

    [Fact]
    public async Task DifferentPeoplesFacesAreNotDuplicates()
    {
        await CaptureAsync(await biometrics.ApplicationAsync(), FaceTemplates.Random());

        var capture = await CaptureAsync(await biometrics.ApplicationAsync(), FaceTemplates.Random());

        Assert.Equal("Accepted", capture.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task TheSameCitizensRenewalIsVerifiedAgainstTheirEarlierFaceAndIsNoDuplicate()
    {
        var citizen = BiometricsFactory.NewCitizenRef();
        var face = FaceTemplates.Random();
        await CaptureAsync(await biometrics.ApplicationAsync(citizen), face);
        var renewal = await biometrics.ApplicationAsync(citizen, "Renewal");

        var capture = await CaptureAsync(renewal, FaceTemplates.NearlyIdentical(face));

        Assert.Equal("Accepted", capture.GetProperty("outcome").GetString());
        await biometrics.Accepted.WaitForAsync(m => m.ApplicationId == renewal);
        Assert.DoesNotContain(biometrics.Suspected.Received, m => m.Message.ApplicationId == renewal);
    }

    [Fact]
    public async Task ARenewalWithADifferentFaceFailsVerificationAndNeedsRecapture()
    {
        var citizen = BiometricsFactory.NewCitizenRef();
        await CaptureAsync(await biometrics.ApplicationAsync(citizen), FaceTemplates.Random());
        var renewal = await biometrics.ApplicationAsync(citizen, "Renewal");

        var capture = await CaptureAsync(renewal, FaceTemplates.Random());

        Assert.Equal("RecaptureNeeded", capture.GetProperty("outcome").GetString());
        var reason = Assert.Single(capture.GetProperty("reasons").EnumerateArray()).GetString();
        Assert.StartsWith("face: does not match the citizen's earlier accepted face", reason);
        await biometrics.Recaptures.WaitForAsync(m => m.ApplicationId == renewal);
    }

    [Fact]
    public async Task ASupervisorListsOpenCasesAndDecidingDistinctPeopleAcceptsTheApplication()
    {
        var (earlier, later, _) = await TwoPeopleWithOneFaceAsync();
        var supervisor = biometrics.Client(Roles.Supervisor);
        var open = await supervisor.GetFromJsonAsync<JsonElement>("/api/biometrics/duplicates");
        var theCase = open.EnumerateArray().Single(c => c.GetProperty("applicationId").GetGuid() == later);
        Assert.Equal(earlier, theCase.GetProperty("candidateApplicationId").GetGuid());
        var caseId = theCase.GetProperty("caseId").GetGuid();

        var response = await DecideAsync(caseId, Roles.Supervisor, "DistinctPeople");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var adjudicated = await biometrics.Adjudicated.WaitForAsync(m => m.CaseId == caseId);
        Assert.Equal("DistinctPeople", adjudicated.Message.Decision);
        var accepted = await biometrics.Accepted.WaitForAsync(m => m.ApplicationId == later);
        Assert.False(accepted.Message.Forced);
        var stillOpen = await supervisor.GetFromJsonAsync<JsonElement>("/api/biometrics/duplicates");
        Assert.DoesNotContain(stillOpen.EnumerateArray(), c => c.GetProperty("caseId").GetGuid() == caseId);
    }

    [Fact]
    public async Task DecidingSamePersonHoldsTheApplicationWithoutAcceptingIt()
    {
        var (_, later, _) = await TwoPeopleWithOneFaceAsync();
        var caseId = (await biometrics.Suspected.WaitForAsync(m => m.ApplicationId == later)).Message.CaseId;

        var response = await DecideAsync(caseId, Roles.Admin, "SamePerson", "Same person: applied under a second ID number");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SamePerson", (await biometrics.Adjudicated.WaitForAsync(m => m.CaseId == caseId)).Message.Decision);
        await Task.Delay(500);
        Assert.DoesNotContain(biometrics.Accepted.Received, m => m.Message.ApplicationId == later);
        var capture = await biometrics.Client(Roles.StationOfficer)
            .PostAsJsonAsync("/api/biometrics/captures", CaptureForms.Good(later));
        Assert.Equal(HttpStatusCode.Conflict, capture.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ADecisionNeedsAReason(string? reason)
    {
        var (_, later, _) = await TwoPeopleWithOneFaceAsync();
        var caseId = (await biometrics.Suspected.WaitForAsync(m => m.ApplicationId == later)).Message.CaseId;

        var response = await DecideAsync(caseId, Roles.Supervisor, "DistinctPeople", reason);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task ACaseIsDecidedOnce()
    {
        var (_, later, _) = await TwoPeopleWithOneFaceAsync();
        var caseId = (await biometrics.Suspected.WaitForAsync(m => m.ApplicationId == later)).Message.CaseId;
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(caseId, Roles.Supervisor, "SamePerson")).StatusCode);

        var again = await DecideAsync(caseId, Roles.Supervisor, "DistinctPeople");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData(Roles.StationOfficer)]
    [InlineData(Roles.MobileOfficer)]
    [InlineData(Roles.Operations)]
    [InlineData(Roles.Integrator)]
    public async Task OnlySupervisorsAndAdminsListOrDecideDuplicates(string role)
    {
        var (_, later, _) = await TwoPeopleWithOneFaceAsync();
        var caseId = (await biometrics.Suspected.WaitForAsync(m => m.ApplicationId == later)).Message.CaseId;

        Assert.Equal(HttpStatusCode.Forbidden, (await biometrics.Client(role).GetAsync("/api/biometrics/duplicates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(caseId, role, "DistinctPeople")).StatusCode);
        var read = await biometrics.Client(Roles.Supervisor).GetFromJsonAsync<JsonElement>($"/api/biometrics/duplicates/{caseId}");
        Assert.Equal(JsonValueKind.Null, read.GetProperty("decision").ValueKind);
    }
}
