using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>Captures that arrive before intake's ApplicationReceived: held, then screened when it comes.</summary>
public class HeldCaptureTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private const string Path = "/api/biometrics/captures";

    private async Task<(Guid Id, JsonElement Body)> HoldAsync(
        Dictionary<string, object?> form, string role = Roles.StationOfficer, string unitCode = "38", string? idempotencyKey = null)
    {
        var response = await SendAsync(form, role, unitCode, idempotencyKey);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("captureId").GetGuid();
        Assert.Equal($"/api/biometrics/captures/{id}", response.Headers.Location?.OriginalString);
        return (id, body);
    }

    private Task<HttpResponseMessage> SendAsync(
        Dictionary<string, object?> form, string role = Roles.StationOfficer, string unitCode = "38", string? idempotencyKey = null)
    {
        var client = biometrics.Client(role, unitCode);
        if (idempotencyKey is not null)
        {
            client.DefaultRequestHeaders.Add("Idempotency-Key", idempotencyKey);
        }

        return client.PostAsJsonAsync(Path, form);
    }

    /// <summary>The capture as its officer reads it, once it is no longer waiting.</summary>
    private async Task<JsonElement> OutcomeAsync(Guid captureId, string unitCode = "38")
    {
        JsonElement capture = default;
        await Eventually.HoldsAsync(async () =>
        {
            capture = await biometrics.Client(Roles.StationOfficer, unitCode).GetFromJsonAsync<JsonElement>($"{Path}/{captureId}");
            return capture.GetProperty("outcome").GetString() != "WaitingForApplication";
        });
        return capture;
    }

    private static string[] ReasonsOf(JsonElement capture) =>
        capture.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray();

    [Fact]
    public async Task ACaptureBeforeItsApplicationIsAcceptedWith202ThenScreenedWhenTheApplicationIsAnnounced()
    {
        var application = Guid.CreateVersion7();

        var (captureId, held) = await HoldAsync(CaptureForms.Good(application));

        Assert.Equal("WaitingForApplication", held.GetProperty("outcome").GetString());
        Assert.Contains("waiting for the application", ReasonsOf(held)[0]);
        var waiting = await biometrics.Client(Roles.StationOfficer).GetFromJsonAsync<JsonElement>($"{Path}/{captureId}");
        Assert.Equal("WaitingForApplication", waiting.GetProperty("outcome").GetString());

        await biometrics.AnnounceAsync(application);

        var decided = await OutcomeAsync(captureId);
        Assert.Equal("Accepted", decided.GetProperty("outcome").GetString());
        Assert.Empty(ReasonsOf(decided));
        Assert.Equal(1, decided.GetProperty("attempt").GetInt32());
        var accepted = await biometrics.Accepted.WaitForAsync(m => m.ApplicationId == application);
        Assert.Equal(captureId, accepted.Message.CaptureId);
    }

    [Fact]
    public async Task ACaptureHeldForAFiveYearOldIsRefusedWithTheUnderSixMessage()
    {
        var application = Guid.CreateVersion7();
        var (captureId, _) = await HoldAsync(CaptureForms.Good(application));

        await biometrics.AnnounceAsync(application, biometricsRequired: "None");

        var decided = await OutcomeAsync(captureId);
        Assert.Equal("Refused", decided.GetProperty("outcome").GetString());
        Assert.StartsWith("No biometrics are taken from a citizen under 6.", ReasonsOf(decided).Single());
        Assert.Equal(0, await biometrics.CountAsync(db => db.Captures.CountAsync(c => c.ApplicationId == application && c.AcceptedAt != null)));
    }

    [Fact]
    public async Task ACaptureHeldFromAnOfficerOfAnotherUnitIsRefusedAndTheOfficerSeesWhy()
    {
        var application = Guid.CreateVersion7();
        var (captureId, _) = await HoldAsync(CaptureForms.Good(application), Roles.MobileOfficer, unitCode: "01");

        await biometrics.AnnounceAsync(application);

        var decided = await OutcomeAsync(captureId, unitCode: "01");
        Assert.Equal("Refused", decided.GetProperty("outcome").GetString());
        Assert.StartsWith("This unit is outside yours.", ReasonsOf(decided).Single());
        await Task.Delay(300);
        Assert.DoesNotContain(biometrics.Accepted.Received, m => m.Message.ApplicationId == application);
    }

    [Fact]
    public async Task ACaptureHeldWithoutIrisesWhereTheyAreRequiredIsRefusedNamingTheMissingEyes()
    {
        var application = Guid.CreateVersion7();
        var (captureId, _) = await HoldAsync(CaptureForms.Good(application).WithIris("Left", 90));

        await biometrics.AnnounceAsync(application, biometricsRequired: "FaceFingersAndIrises");

        var decided = await OutcomeAsync(captureId);
        Assert.Equal("Refused", decided.GetProperty("outcome").GetString());
        Assert.Contains("missing: right", ReasonsOf(decided).Single());
    }

    [Fact]
    public async Task AHeldCaptureWithTheFaceOfAnAcceptedCaptureOfAnotherCitizenBecomesADuplicateCase()
    {
        var face = FaceTemplates.Random();
        var known = await biometrics.ApplicationAsync();
        var first = await SendAsync(CaptureForms.Good(known, face));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var later = Guid.CreateVersion7();
        var (captureId, _) = await HoldAsync(CaptureForms.Good(later, FaceTemplates.NearlyIdentical(face)));

        await biometrics.AnnounceAsync(later);

        Assert.Equal("DuplicateSuspected", (await OutcomeAsync(captureId)).GetProperty("outcome").GetString());
        var suspected = await biometrics.Suspected.WaitForAsync(m => m.ApplicationId == later);
        Assert.Equal(known, suspected.Message.CandidateApplicationId);
    }

    [Fact]
    public async Task TwoHeldCapturesOfOneFaceUnderTwoIdentitiesAnnouncedTogetherAreNotBothAccepted()
    {
        var face = FaceTemplates.Random();
        var (one, two) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (first, _) = await HoldAsync(CaptureForms.Good(one, FaceTemplates.NearlyIdentical(face)));
        var (second, _) = await HoldAsync(CaptureForms.Good(two, FaceTemplates.NearlyIdentical(face)));

        await Task.WhenAll(biometrics.AnnounceAsync(one), biometrics.AnnounceAsync(two));

        var outcomes = await Task.WhenAll(OutcomeAsync(first), OutcomeAsync(second));
        Assert.Equal(["Accepted", "DuplicateSuspected"], outcomes.Select(o => o.GetProperty("outcome").GetString()).Order());
    }

    [Fact]
    public async Task AResendWithTheSameIdempotencyKeyMakesOneCaptureBeforeAndAfterTheAnnouncement()
    {
        var application = Guid.CreateVersion7();
        var form = CaptureForms.Good(application);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(form, idempotencyKey: key)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        var ids = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("captureId").GetGuid()));
        Assert.Single(ids.Distinct());

        await biometrics.AnnounceAsync(application);
        Assert.Equal("Accepted", (await OutcomeAsync(ids[0])).GetProperty("outcome").GetString());
        var resent = await SendAsync(form, idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Created, resent.StatusCode);
        Assert.Equal(ids[0], (await resent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("captureId").GetGuid());
        Assert.Equal(1, await biometrics.CountAsync(db => db.Captures.CountAsync(c => c.ApplicationId == application)));
    }

    [Fact]
    public async Task AResendToAnAnnouncedApplicationAnswersTheFirstCaptureAndAnotherBodyUnderTheKeyIsRefused()
    {
        var application = await biometrics.ApplicationAsync();
        var key = Guid.NewGuid().ToString();
        var form = CaptureForms.Good(application);
        var first = await SendAsync(form, idempotencyKey: key);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();

        var again = await SendAsync(form, idempotencyKey: key);
        var other = await SendAsync(CaptureForms.Good(application), idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(firstBody.GetProperty("captureId").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("captureId").GetGuid());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await biometrics.CountAsync(db => db.Captures.CountAsync(c => c.ApplicationId == application)));
    }

    [Fact]
    public async Task AnotherUnitsOfficerCannotReadAHeldCapture()
    {
        var (captureId, _) = await HoldAsync(CaptureForms.Good(Guid.CreateVersion7()));

        var client = biometrics.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", biometrics.Tokens.Issue(Roles.Supervisor, "01", subject: "supervisor-01"));
        var response = await client.GetAsync($"{Path}/{captureId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AHeldCapturesTemplatesAreStoredEncryptedAsAnAcceptedCapturesAre()
    {
        var face = FaceTemplates.Random();
        var (captureId, _) = await HoldAsync(CaptureForms.Good(Guid.CreateVersion7(), face));

        var stored = await biometrics.CountAsync(db => db.Captures.AsNoTracking().FirstAsync(c => c.Id == captureId));

        Assert.Equal(CaptureOutcome.WaitingForApplication, stored.Outcome);
        Assert.NotEqual(FaceTemplates.Base64(face), Convert.ToBase64String(stored.EncryptedFaceTemplate));
        var templates = await biometrics.Client(Roles.Admin).GetFromJsonAsync<JsonElement>($"{Path}/{captureId}/templates");
        Assert.Equal(FaceTemplates.Base64(face), templates.GetProperty("face").GetProperty("template").GetString());
    }
}
