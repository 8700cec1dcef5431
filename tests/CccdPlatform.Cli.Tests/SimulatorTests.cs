using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Tests;

/// <summary>The simulator's own behaviour, against a scripted platform; the real intake is in <see cref="SimulationAgainstIntakeTests"/>.</summary>
public class SimulatorTests
{
    private static readonly AdministrativeUnits Units = UnitList.Embedded();

    private static async Task<(SimulationSummary Summary, ScriptedHandler Handler)> RunAsync(
        SimulationOptions options, Func<ScriptedHandler.Sent, HttpResponseMessage>? capture = null, Func<ScriptedHandler.Sent, HttpResponseMessage>? eid = null,
        Func<ScriptedHandler.Sent, HttpResponseMessage>? application = null, Func<ScriptedHandler.Sent, HttpResponseMessage>? captureStatus = null)
    {
        var handler = new ScriptedHandler(sent => sent.Path switch
        {
            "/api/intake/applications" => (application ?? (_ => ScriptedHandler.Receipt()))(sent),
            "/api/biometrics/captures" => capture!(sent),
            var path when path.StartsWith("/api/biometrics/captures/", StringComparison.Ordinal) => captureStatus!(sent),
            "/api/eid/accounts" => eid!(sent),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = new PlatformClient(handler, new Uri("http://gateway.test"),
            retry: new RetryPolicy(4, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20)));
        var simulator = new Simulator(client, Units, options with { FollowUpPause = TimeSpan.FromMilliseconds(10) },
            (_, _) => Task.FromResult("token"));
        return (await simulator.RunAsync(CancellationToken.None), handler);
    }

    private static OperationSummary Of(SimulationSummary summary, Operation operation) =>
        summary.Operations.Single(o => o.Operation == operation.ToString());

    [Fact]
    public async Task AnOpenLoopRunStartsApplicationsOnScheduleNeverFasterThanTheRate()
    {
        var (summary, _) = await RunAsync(new SimulationOptions { Stations = 4, MobileTeams = 2, Count = 40, Rate = 80, Concurrency = 8 });

        Assert.Equal(40, summary.Applications.Ok);
        Assert.True(summary.ElapsedSeconds >= 39 / 80.0 - 0.02, $"40 applications at 80/s took {summary.ElapsedSeconds} s");
    }

    private static HttpResponseMessage Capture(HttpStatusCode status, string outcome, Guid? captureId = null) =>
        ScriptedHandler.Json(status,
            $$"""{"captureId":"{{captureId ?? Guid.NewGuid()}}","applicationId":"{{Guid.NewGuid()}}","attempt":1,"outcome":"{{outcome}}","reasons":[]}""");

    [Fact]
    public async Task ACaptureHeldForItsApplicationIsFollowedToItsOutcomeAndNeverResent()
    {
        var (summary, handler) = await RunAsync(
            new SimulationOptions { Stations = 2, MobileTeams = 1, Count = 3, BiometricsShare = 1, Seed = 11 },
            capture: _ => Capture(HttpStatusCode.Accepted, "WaitingForApplication"),
            captureStatus: sent => Capture(HttpStatusCode.OK, sent.Attempt <= 2 ? "WaitingForApplication" : "Accepted"));

        var captures = Of(summary, Operation.Capture);
        var posts = handler.Requests.Where(r => r.Path == "/api/biometrics/captures").ToList();
        Assert.NotEmpty(posts);
        Assert.Equal(posts.Count, captures.Ok);
        Assert.Equal(2 * posts.Count, captures.Waits);
        Assert.Empty(captures.Failed);
        Assert.Equal(posts.Count, captures.Outcomes!["Accepted"]);
        Assert.Equal(posts.Count, posts.Select(p => p.IdempotencyKey).Distinct().Count(k => k is not null));
        Assert.Equal(3 * posts.Count, handler.Requests.Count(r => r.Path.StartsWith("/api/biometrics/captures/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ACaptureWhoseAnswerWasLostIsResentWithTheSameIdempotencyKey()
    {
        var (summary, handler) = await RunAsync(
            new SimulationOptions { Stations = 1, MobileTeams = 0, Count = 4, BiometricsShare = 1, Seed = 11 },
            capture: sent => sent.Attempt == 1 ? throw new HttpRequestException("connection reset") : Capture(HttpStatusCode.Created, "Accepted"));

        var captures = Of(summary, Operation.Capture);
        var posts = handler.Requests.Where(r => r.Path == "/api/biometrics/captures").ToList();
        Assert.NotEmpty(posts);
        Assert.Equal(posts.Count / 2, captures.Ok);
        Assert.Equal(posts.Count / 2, captures.Outcomes!["Accepted"]);
        Assert.Equal(posts.Count / 2, captures.NoAnswers);
        Assert.All(posts.GroupBy(p => p.IdempotencyKey), sends => Assert.Equal(2, sends.Count()));
    }

    [Fact]
    public async Task AConflictOnACaptureIsNotRetried()
    {
        var (summary, handler) = await RunAsync(
            new SimulationOptions { Stations = 1, MobileTeams = 0, Count = 4, BiometricsShare = 1, Seed = 11 },
            capture: _ => ScriptedHandler.Json(HttpStatusCode.Conflict, """{"title":"The application is not known yet, retry shortly.","status":409}"""));

        // Citizens under 6 are not captured: count from the captures that were sent.
        var captures = Of(summary, Operation.Capture);
        var sent = handler.Requests.Count(r => r.Path == "/api/biometrics/captures");
        Assert.True(sent > 0, "No capture was sent.");
        Assert.Equal(sent, captures.Failed["409"]);
        Assert.Equal(0, captures.Waits);
    }

    [Fact]
    public async Task AnEIdRequestThroughTheApiWaitsUntilEIdentificationKnowsTheCitizen()
    {
        var (summary, _) = await RunAsync(
            new SimulationOptions { Stations = 2, MobileTeams = 0, Count = 4, EIdShare = 1, EIdThroughApi = true },
            eid: sent => sent.Attempt == 1
                ? ScriptedHandler.Json(HttpStatusCode.UnprocessableEntity, """{"title":"Intake holds no application for this citizen.","status":422}""")
                : ScriptedHandler.Json(HttpStatusCode.Created, "{}"));

        var eid = Of(summary, Operation.EId);
        Assert.Equal(4, eid.Ok);
        Assert.Equal(4, eid.Waits);
        Assert.Equal(4, eid.Outcomes!["Created"]);
    }

    [Fact]
    public async Task ReceiptsHoldOneLinePerAcceptedApplicationAndRefusalsAreCountedByStatus()
    {
        var receipts = Path.GetTempFileName();
        var (summary, _) = await RunAsync(
            new SimulationOptions { Stations = 3, MobileTeams = 3, Count = 50, ReceiptsPath = receipts },
            application: sent => sent.Body.Contains("\"sex\":\"Female\"", StringComparison.Ordinal)
                ? ScriptedHandler.Json(HttpStatusCode.Conflict, """{"title":"The citizen already has an open application.","status":409}""")
                : ScriptedHandler.Receipt());

        var lines = await File.ReadAllLinesAsync(receipts);
        File.Delete(receipts);
        Assert.Equal(summary.Applications.Ok, lines.Length);
        Assert.Equal(50, summary.Applications.Ok + summary.Applications.Failed["409"]);
        Assert.All(lines, line => Assert.Matches("^[0-9a-f-]{36},[0-9]{12}$", line));
    }

    [Fact]
    public async Task NoCaptureIsSentForAChildUnder6AndEveryoneOlderIsCaptured()
    {
        var day = new DateOnly(2026, 10, 15);
        var births = new ConcurrentDictionary<Guid, DateOnly>();
        var (_, handler) = await RunAsync(
            new SimulationOptions { Stations = 4, MobileTeams = 2, Count = 300, BiometricsShare = 1, Day = day, Seed = 6 },
            application: sent =>
            {
                var id = Guid.NewGuid();
                births[id] = DateOnly.Parse(JsonDocument.Parse(sent.Body).RootElement.GetProperty("dateOfBirth").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                return ScriptedHandler.Json(HttpStatusCode.Created, $$"""{"applicationId":"{{id}}","status":"Received"}""");
            },
            capture: _ => ScriptedHandler.Json(HttpStatusCode.Created,
                $$"""{"captureId":"{{Guid.NewGuid()}}","applicationId":"{{Guid.NewGuid()}}","attempt":1,"outcome":"Accepted","reasons":[]}"""));

        var captured = handler.Requests.Where(r => r.Path == "/api/biometrics/captures")
            .Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("applicationId").GetGuid()).ToHashSet();
        var underSix = births.Where(b => !CardRules.IsAtLeast(b.Value, 6, day)).Select(b => b.Key).ToList();
        Assert.InRange(underSix.Count, 5, 60);
        Assert.DoesNotContain(underSix, captured.Contains);
        Assert.Equal(300 - underSix.Count, captured.Count);
    }

    [Fact]
    public async Task ADurationEndsTheRunWithoutACount()
    {
        var (summary, _) = await RunAsync(new SimulationOptions { Stations = 2, MobileTeams = 2, Duration = TimeSpan.FromMilliseconds(300) });

        Assert.True(summary.Applications.Ok > 0);
        Assert.InRange(summary.ElapsedSeconds, 0.3, 10);
    }
}
