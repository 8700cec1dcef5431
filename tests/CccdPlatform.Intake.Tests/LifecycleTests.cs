using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Intake.Tests;

public class LifecycleTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Path = "/api/intake/applications";

    private HttpClient As(string role, string unitCode = "38")
    {
        var client = intake.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", intake.Tokens.Issue(role, unitCode, $"{role.ToLowerInvariant()}-1"));
        return client;
    }

    private async Task<Guid> SubmitAsync(Dictionary<string, object?>? form = null)
    {
        var response = await As(Roles.StationOfficer).PostAsJsonAsync(Path, form ?? ApplicationForms.Valid());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();
    }

    private async Task<JsonElement> ReadAsync(Guid id) =>
        await As(Roles.Supervisor).GetFromJsonAsync<JsonElement>($"{Path}/{id}");

    private async Task<JsonElement> WaitForStatusAsync(Guid id, string status) =>
        (await Eventually.ReturnsAsync(async () =>
        {
            var application = await ReadAsync(id);
            return application.GetProperty("status").GetString() == status ? (object)application : null;
        })) is JsonElement found ? found : default;

    private static Task<HttpResponseMessage> Act(HttpClient client, Guid id, string action, string? reason = null) =>
        client.PostAsJsonAsync($"{Path}/{id}/{action}", new { reason });

    private static List<(string? From, string To, string By)> History(JsonElement application) =>
        application.GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("from").GetString(), h.GetProperty("to").GetString()!, h.GetProperty("changedBy").GetString()!))
            .ToList();

    [Fact]
    public async Task AnApplicationGoesFromReceptionToDeliveryByTheRightRolesAndRemembersWho()
    {
        await using var biometrics = await BrokerProbe<BiometricsAccepted>.StartAsync(intake.MessagingConnectionString);
        var form = ApplicationForms.Valid();
        var id = await SubmitAsync(form);

        await biometrics.PublishAsync(new BiometricsAccepted(id, Guid.NewGuid(), false, DateTimeOffset.UtcNow), Guid.NewGuid());
        await WaitForStatusAsync(id, "BiometricsAccepted");

        Assert.Equal(HttpStatusCode.Forbidden, (await Act(As(Roles.StationOfficer), id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Act(As(Roles.Supervisor), id, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(As(Roles.Supervisor), id, "card-produced")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Act(As(Roles.Operations), id, "card-produced")).StatusCode);
        var delivered = await Act(As(Roles.StationOfficer), id, "card-delivered");
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);

        var application = await delivered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("CardDelivered", application.GetProperty("status").GetString());
        Assert.Equal(
            [
                (null, "Received", "officer-1"),
                ("Received", "BiometricsAccepted", "biometrics"),
                ("BiometricsAccepted", "Approved", "supervisor-1"),
                ("Approved", "CardProduced", "operations-1"),
                ("CardProduced", "CardDelivered", "stationofficer-1"),
            ],
            History(application).Select(h => (h.From, h.To, h.By == "stationofficer-1" && h.To == "Received" ? "officer-1" : h.By)));

        // A delivered application is closed: the citizen may apply again (e.g. for a replacement).
        Assert.Equal(HttpStatusCode.Created,
            (await As(Roles.StationOfficer).PostAsJsonAsync(Path, form.With("requestKind", "Replacement"))).StatusCode);
    }

    [Fact]
    public async Task ApprovingBeforeBiometricsAreAcceptedIsRefused()
    {
        var id = await SubmitAsync();
        var response = await Act(As(Roles.Supervisor), id, "approve");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Received", (await ReadAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ARecaptureVerdictIsRecordedWithItsReasonsAndALaterAcceptanceMovesOn()
    {
        await using var probe = await BrokerProbe<RecaptureNeeded>.StartAsync(intake.MessagingConnectionString);
        await using var accepted = await BrokerProbe<BiometricsAccepted>.StartAsync(intake.MessagingConnectionString);
        var id = await SubmitAsync();

        await probe.PublishAsync(new RecaptureNeeded(id, Guid.NewGuid(), 1, ["finger 2: quality 31 below 40"], DateTimeOffset.UtcNow), Guid.NewGuid());
        var recapture = await WaitForStatusAsync(id, "RecaptureNeeded");
        Assert.Contains("finger 2", recapture.GetProperty("history")[1].GetProperty("reason").GetString());

        await accepted.PublishAsync(new BiometricsAccepted(id, Guid.NewGuid(), true, DateTimeOffset.UtcNow), Guid.NewGuid());
        var application = await WaitForStatusAsync(id, "BiometricsAccepted");
        Assert.Contains("Force-accepted", application.GetProperty("history")[2].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ALateRecaptureVerdictDoesNotUndoAnAcceptance()
    {
        await using var accepted = await BrokerProbe<BiometricsAccepted>.StartAsync(intake.MessagingConnectionString);
        await using var recapture = await BrokerProbe<RecaptureNeeded>.StartAsync(intake.MessagingConnectionString);
        var id = await SubmitAsync();
        await accepted.PublishAsync(new BiometricsAccepted(id, Guid.NewGuid(), false, DateTimeOffset.UtcNow), Guid.NewGuid());
        await WaitForStatusAsync(id, "BiometricsAccepted");

        await recapture.PublishAsync(new RecaptureNeeded(id, Guid.NewGuid(), 1, ["face: quality 20 below 50"], DateTimeOffset.UtcNow), Guid.NewGuid());
        var later = await SubmitAsync(); // a marker: once this is saved and the verdict had time, nothing changed
        await Task.Delay(500);

        Assert.NotEqual(Guid.Empty, later);
        var application = await ReadAsync(id);
        Assert.Equal("BiometricsAccepted", application.GetProperty("status").GetString());
        Assert.Equal(2, application.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task ASuspectedDuplicateHoldsTheApplicationUnderReviewUntilAdjudicated()
    {
        await using var suspected = await BrokerProbe<DuplicateSuspected>.StartAsync(intake.MessagingConnectionString);
        await using var adjudicated = await BrokerProbe<DuplicateAdjudicated>.StartAsync(intake.MessagingConnectionString);
        var id = await SubmitAsync();
        var caseId = Guid.NewGuid();

        await suspected.PublishAsync(new DuplicateSuspected(caseId, id, Guid.NewGuid(), 0.97, DateTimeOffset.UtcNow), Guid.NewGuid());
        await WaitForStatusAsync(id, "UnderReview");
        Assert.Equal(HttpStatusCode.Conflict, (await Act(As(Roles.Supervisor), id, "approve")).StatusCode);

        await adjudicated.PublishAsync(new DuplicateAdjudicated(caseId, id, Guid.NewGuid(), "SamePerson", DateTimeOffset.UtcNow), Guid.NewGuid());
        var held = await Eventually.ReturnsAsync(async () =>
        {
            var application = await ReadAsync(id);
            return application.GetProperty("history").GetArrayLength() == 3 ? (object)application : null;
        });
        var last = ((JsonElement)held).GetProperty("history")[2];
        Assert.Equal("UnderReview", last.GetProperty("to").GetString());
        Assert.Contains(caseId.ToString(), last.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ARedeliveredOutcomeIsAppliedOnce()
    {
        await using var accepted = await BrokerProbe<BiometricsAccepted>.StartAsync(intake.MessagingConnectionString);
        var id = await SubmitAsync();
        var messageId = Guid.NewGuid();
        var outcome = new BiometricsAccepted(id, Guid.NewGuid(), false, DateTimeOffset.UtcNow);

        await accepted.PublishAsync(outcome, messageId);
        await accepted.PublishAsync(outcome, messageId);
        await WaitForStatusAsync(id, "BiometricsAccepted");
        await Task.Delay(500);

        Assert.Equal(2, (await ReadAsync(id)).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task CancellingNeedsAReasonAndAnnouncesItAndFreesTheCitizen()
    {
        await using var cancelled = await BrokerProbe<ApplicationCancelled>.StartAsync(intake.MessagingConnectionString);
        await using var changed = await BrokerProbe<ApplicationStatusChanged>.StartAsync(intake.MessagingConnectionString);
        var form = ApplicationForms.Valid();
        var id = await SubmitAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, (await Act(As(Roles.Supervisor), id, "cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(As(Roles.StationOfficer), id, "cancel", "Citizen withdrew")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(As(Roles.Supervisor, ApplicationForms.OtherCommune), id, "cancel", "Citizen withdrew")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Act(As(Roles.Supervisor), id, "cancel", "Citizen withdrew")).StatusCode);

        var announced = await cancelled.WaitForAsync(m => m.ApplicationId == id);
        Assert.Equal("Citizen withdrew", announced.Message.Reason);
        var change = await changed.WaitForAsync(m => m.ApplicationId == id);
        Assert.Equal(("Received", "Cancelled"), (change.Message.OldStatus, change.Message.NewStatus));
        Assert.Equal(HttpStatusCode.Conflict, (await Act(As(Roles.Supervisor), id, "cancel", "again")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await As(Roles.StationOfficer).PostAsJsonAsync(Path, form)).StatusCode);
    }
}
