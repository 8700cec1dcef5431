using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using System.Text.Json;
using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.Simulation;
using CccdPlatform.Cli.Synthetic;
using CccdPlatform.Domain;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>
/// What a user of <c>./run.sh</c> counts on: what was written is there after a stop and a start, after a kill of every
/// process at once in the middle of a load, and after a backup restored into an empty data directory — captures'
/// templates included, which only decrypt with the template key kept beside the data.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class DurabilityTests
{
    private static readonly AdministrativeUnits Units = UnitList.Embedded();
    private static readonly TimeSpan EventsArrive = TimeSpan.FromSeconds(90);
    private readonly CitizenGenerator _citizens = new(Units, new PersonalIdAllocator(), new Random());
    private readonly Workplace _station = Workplace.Plan(Units, stations: 1, mobileTeams: 0)[0];

    [Fact]
    public async Task WhatWasWrittenSurvivesAStopAKillOfEverythingAndABackupRestoredIntoAnEmptyDirectory()
    {
        var root = Directory.CreateTempSubdirectory("cccd-durability.");
        // PostgreSQL runs as its own user and must pass through to its data.
        root.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var data = Path.Combine(root.FullName, "data");
        var restored = Path.Combine(root.FullName, "restored");
        try
        {
            Written written;
            await using (var platform = await RunScriptPlatform.StartAsync(data))
            {
                written = await WriteAsync(platform.Gateway);
                await platform.StopAsync();
            }

            foreach (var secret in Directory.GetFiles(Path.Combine(data, "secrets")))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secret));
            }

            IReadOnlyCollection<Guid> receipts;
            await using (var platform = await RunScriptPlatform.StartAsync(data))
            {
                await AssertReadBackAsync(platform.Gateway, written);
                receipts = await SubmitUntilEverythingIsKilledAsync(platform);
            }

            await using (var platform = await RunScriptPlatform.StartAsync(data))
            {
                await AssertReadBackAsync(platform.Gateway, written);
                using var admin = await ClientAsync(platform.Gateway, "Admin", "38");
                foreach (var id in receipts)
                {
                    Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/intake/applications/{id}")).StatusCode);
                }

                await platform.StopAsync();
            }

            var archive = Script("backup.sh", data, Path.Combine(root.FullName, "backups")).Trim().Split('\n')[^1];
            Script("restore.sh", restored, archive);
            await using (var platform = await RunScriptPlatform.StartAsync(restored))
            {
                await AssertReadBackAsync(platform.Gateway, written);
                await platform.StopAsync();
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private sealed record Written(Guid ApplicationId, string PersonalId, string FullName, Guid CaptureId, string FaceTemplate, Guid SubscriptionId);

    /// <summary>An application asking for an eID account, its accepted capture, and an integrator's queue subscription.</summary>
    private async Task<Written> WriteAsync(Uri gateway)
    {
        using var officer = await ClientAsync(gateway, _station.Role, _station.UnitCode);
        using var admin = await ClientAsync(gateway, "Admin", "38");
        using var integrator = await ClientAsync(gateway, "Integrator", "38");

        await RegisterStationAsync(gateway, admin);

        // 14 or over: a child under 6 would have no capture to check after the restart.
        var form = _citizens.ApplicationFor(
            _citizens.NewCitizen(_station, DateOnly.FromDateTime(DateTime.UtcNow), mandatoryOnly: true), _station, eidShare: 1);
        var receipt = await SubmitAsync(officer, form);
        var registering = Stopwatch.StartNew();
        while (receipt is null && registering.Elapsed < EventsArrive)
        {
            // Refused until intake's copy of the registry holds the machine, a moment after the registry answered.
            await Task.Delay(250);
            receipt = await SubmitAsync(officer, form);
        }

        Assert.NotNull(receipt);

        var capture = BiometricSamples.Capture(new Random(), receipt.ApplicationId, _station.MachineId);
        var captured = await officer.PostAsJsonAsync("/api/biometrics/captures", capture, CliJson.Default.CaptureForm);
        Assert.Contains(captured.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Accepted });
        var result = (await captured.Content.ReadFromJsonAsync(CliJson.Default.CaptureResult))!;
        // A capture that came before intake's event is held (202) and decided when the event arrives.
        var watch = Stopwatch.StartNew();
        while (result.Outcome == "WaitingForApplication" && watch.Elapsed < EventsArrive)
        {
            await Task.Delay(250);
            result = (await officer.GetFromJsonAsync($"/api/biometrics/captures/{result.CaptureId}", CliJson.Default.CaptureResult))!;
        }

        Assert.Equal("Accepted", result.Outcome);

        var account = await RetryWhileAsync(HttpStatusCode.NotFound, () => admin.GetAsync($"/api/eid/accounts/by-personal-id/{form.PersonalId}"));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);

        var subscribed = await integrator.PostAsJsonAsync("/api/integrations/subscriptions",
            new { eventTypes = new[] { "ApplicationReceived" }, delivery = "queue" });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var subscription = (await subscribed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscription").GetProperty("id").GetGuid();

        return new(receipt.ApplicationId, form.PersonalId, form.FullName, result.CaptureId, capture.Face.Template, subscription);
    }

    private static async Task AssertReadBackAsync(Uri gateway, Written written)
    {
        using var admin = await ClientAsync(gateway, "Admin", "38");
        using var integrator = await ClientAsync(gateway, "Integrator", "38");

        var application = await admin.GetFromJsonAsync<JsonElement>($"/api/intake/applications/{written.ApplicationId}");
        Assert.Equal(written.FullName, application.GetProperty("fullName").GetString());
        var templates = await admin.GetFromJsonAsync<JsonElement>($"/api/biometrics/captures/{written.CaptureId}/templates");
        Assert.Equal(written.FaceTemplate, templates.GetProperty("face").GetProperty("template").GetString());
        var account = await admin.GetFromJsonAsync<JsonElement>($"/api/eid/accounts/by-personal-id/{written.PersonalId}");
        Assert.Equal(written.ApplicationId, account.GetProperty("requests")[0].GetProperty("applicationId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await integrator.GetAsync($"/api/integrations/subscriptions/{written.SubscriptionId}")).StatusCode);
    }

    /// <summary>Four stations submit until a few dozen were answered 201, then every process is killed mid-stream.</summary>
    private async Task<IReadOnlyCollection<Guid>> SubmitUntilEverythingIsKilledAsync(RunScriptPlatform platform)
    {
        var receipts = new ConcurrentBag<Guid>();
        using var officer = await ClientAsync(platform.Gateway, _station.Role, _station.UnitCode);
        using var stop = new CancellationTokenSource();
        var stations = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var form = _citizens.ApplicationFor(_citizens.NewCitizen(_station, DateOnly.FromDateTime(DateTime.UtcNow)), _station, eidShare: 0.2);
                try
                {
                    if (await SubmitAsync(officer, form) is { } receipt)
                    {
                        receipts.Add(receipt.ApplicationId);
                    }
                }
                catch (HttpRequestException)
                {
                    // The platform is gone: that answer never came, so nothing was promised.
                }
            }
        })).ToList();

        var watch = Stopwatch.StartNew();
        while (receipts.Count < 50 && watch.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(100);
        }

        await platform.KillEverythingAsync();
        stop.Cancel();
        await Task.WhenAll(stations);
        Assert.True(receipts.Count >= 50, $"Only {receipts.Count} applications were accepted before the kill.");
        return receipts;
    }

    private async Task<ApplicationReceipt?> SubmitAsync(HttpClient officer, ApplicationForm form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications")
        {
            Content = JsonContent.Create(form, CliJson.Default.ApplicationForm),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        request.Headers.Add("X-Machine-Id", _station.MachineId);
        using var response = await officer.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Created
            ? await response.Content.ReadFromJsonAsync(CliJson.Default.ApplicationReceipt)
            : null;
    }

    /// <summary>Asks again while the answer is <paramref name="status"/>: the event the service waits for is on its way.</summary>
    private static async Task<HttpResponseMessage> RetryWhileAsync(HttpStatusCode status, Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await send();
            if (response.StatusCode != status || watch.Elapsed > EventsArrive)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(250);
        }
    }

    /// <summary>Intake and biometrics accept work only from a registered machine: the station's, as cccd simulate registers it.</summary>
    private async Task RegisterStationAsync(Uri gateway, HttpClient admin)
    {
        using var client = new PlatformClient(PlatformClient.NewHandler(2), gateway);
        await WorkplaceRegistration.RegisterAsync(client, [_station], admin.DefaultRequestHeaders.Authorization!.ToString(), CancellationToken.None);
    }

    private static async Task<HttpClient> ClientAsync(Uri gateway, string role, string unitCode)
    {
        var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        var token = await http.PostAsJsonAsync("/dev/token", new TokenRequest($"durability-{role.ToLowerInvariant()}", role, unitCode),
            CliJson.Default.TokenRequest);
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync(CliJson.Default.TokenResponse))!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    /// <summary>Runs <c>scripts/NAME</c> on a data directory; returns what it printed, failing with it if it fails.</summary>
    private static string Script(string name, string dataDirectory, string argument)
    {
        var start = new ProcessStartInfo(Path.Combine(Repository.Scripts, name), [argument])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CCCD_DATA_DIR"] = dataDirectory, ["CCCD_BACKUP_QUIET_WAIT"] = "30" },
        };
        using var script = Process.Start(start)!;
        var errors = script.StandardError.ReadToEndAsync();
        var output = script.StandardOutput.ReadToEnd();
        script.WaitForExit();
        Assert.True(script.ExitCode == 0, $"{name} failed ({script.ExitCode}):\n{output}\n{errors.Result}");
        return output;
    }
}
