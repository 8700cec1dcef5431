using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Biometrics.Tests;

public class ForceAcceptTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private const string Path = "/api/biometrics/captures";

    /// <summary>Captures a worn right index finger again and again; returns the last capture's id.</summary>
    private async Task<Guid> FailedCapturesAsync(Guid application, int count)
    {
        var id = Guid.Empty;
        for (var i = 0; i < count; i++)
        {
            var response = await biometrics.Client(Roles.MobileOfficer)
                .PostAsJsonAsync(Path, CaptureForms.Good(application).WithFinger(2, "quality", 25));
            var capture = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("RecaptureNeeded", capture.GetProperty("outcome").GetString());
            Assert.Equal(i + 1, capture.GetProperty("failedAttempts").GetInt32());
            id = capture.GetProperty("captureId").GetGuid();
        }

        return id;
    }

    private Task<HttpResponseMessage> ForceAsync(Guid capture, string role, string? reason = "Worn fingers of a retired bricklayer") =>
        biometrics.Client(role).PostAsJsonAsync($"{Path}/{capture}/force-accept", new { reason });

    [Fact]
    public async Task ASupervisorCannotForceAcceptBeforeTheConfiguredNumberOfFailedCaptures()
    {
        var application = await biometrics.ApplicationAsync();
        var capture = await FailedCapturesAsync(application, BiometricsFactory.FailedAttemptsBeforeForce - 1);

        var response = await ForceAsync(capture, Roles.Supervisor);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("needs 3 failed captures", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASupervisorForceAcceptsAfterTheFailedCapturesAndTheRecordAndTheEventSayItWasForced()
    {
        var application = await biometrics.ApplicationAsync();
        var capture = await FailedCapturesAsync(application, BiometricsFactory.FailedAttemptsBeforeForce);
        var before = await biometrics.Client(Roles.Supervisor).GetFromJsonAsync<JsonElement>($"{Path}/{capture}");
        Assert.True(before.GetProperty("forceAcceptAllowed").GetBoolean());

        var response = await ForceAsync(capture, Roles.Supervisor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await biometrics.Client(Roles.StationOfficer).GetFromJsonAsync<JsonElement>($"{Path}/{capture}");
        Assert.Equal("Accepted", read.GetProperty("outcome").GetString());
        Assert.True(read.GetProperty("forced").GetBoolean());
        Assert.Equal("Worn fingers of a retired bricklayer", read.GetProperty("forceReason").GetString());
        Assert.Contains("finger 2 (right index finger): quality 25 below 40", read.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var accepted = await biometrics.Accepted.WaitForAsync(m => m.ApplicationId == application);
        Assert.True(accepted.Message.Forced);
        Assert.Equal(capture, accepted.Message.CaptureId);
    }

    [Theory]
    [InlineData(Roles.StationOfficer)]
    [InlineData(Roles.MobileOfficer)]
    public async Task AnOfficerCannotForceAccept(string role)
    {
        var application = await biometrics.ApplicationAsync();
        var capture = await FailedCapturesAsync(application, BiometricsFactory.FailedAttemptsBeforeForce);

        var response = await ForceAsync(capture, role);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task ForceAcceptanceNeedsAReason(string? reason)
    {
        var application = await biometrics.ApplicationAsync();
        var capture = await FailedCapturesAsync(application, BiometricsFactory.FailedAttemptsBeforeForce);

        var response = await ForceAsync(capture, Roles.Supervisor, reason);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task OnlyTheLatestFailedCaptureCanBeForced()
    {
        var application = await biometrics.ApplicationAsync();
        var earlier = await FailedCapturesAsync(application, BiometricsFactory.FailedAttemptsBeforeForce);
        await biometrics.Client(Roles.MobileOfficer).PostAsJsonAsync(Path, CaptureForms.Good(application).WithFace("quality", 10));

        var response = await ForceAsync(earlier, Roles.Supervisor);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
