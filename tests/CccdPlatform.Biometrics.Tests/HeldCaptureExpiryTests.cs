using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>Held captures wait two seconds here instead of a day.</summary>
public sealed class QuickExpiryBiometricsFactory : BiometricsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Biometrics:HeldCaptures:ExpireAfter", "00:00:02");
        builder.UseSetting("Biometrics:HeldCaptures:SweepInterval", "00:00:00.250");
    }
}

public class HeldCaptureExpiryTests(QuickExpiryBiometricsFactory biometrics) : IClassFixture<QuickExpiryBiometricsFactory>
{
    [Fact]
    public async Task ACaptureWhoseApplicationNeverComesExpiresAndItsTemplatesAreDeleted()
    {
        var response = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync(
            "/api/biometrics/captures", CaptureForms.Good(Guid.CreateVersion7()).WithException(4, "Amputated").WithIris("Left", 90));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var captureId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("captureId").GetGuid();

        await Eventually.HoldsAsync(async () =>
            (await biometrics.Client(Roles.StationOfficer).GetFromJsonAsync<JsonElement>($"/api/biometrics/captures/{captureId}"))
            .GetProperty("outcome").GetString() == "Expired");

        var stored = await biometrics.CountAsync(db => db.Captures.AsNoTracking().FirstAsync(c => c.Id == captureId));
        Assert.Equal(CaptureOutcome.Expired, stored.Outcome);
        Assert.Empty(stored.EncryptedFaceTemplate);
        Assert.All(stored.Fingers, f => Assert.Null(f.EncryptedTemplate ?? f.EncryptedExceptionPhotoRef));
        Assert.All(stored.Irises, i => Assert.Null(i.EncryptedTemplate));
        var templates = await biometrics.Client(Roles.Admin).GetAsync($"/api/biometrics/captures/{captureId}/templates");
        Assert.Equal(HttpStatusCode.NotFound, templates.StatusCode);
    }

    [Fact]
    public async Task AnApplicationAnnouncedAfterItsCaptureExpiredTakesANewCapture()
    {
        var application = Guid.CreateVersion7();
        var held = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync("/api/biometrics/captures", CaptureForms.Good(application));
        Assert.Equal(HttpStatusCode.Accepted, held.StatusCode);
        await Eventually.HoldsAsync(() => biometrics.CountAsync(db =>
            db.Captures.AnyAsync(c => c.ApplicationId == application && c.Outcome == CaptureOutcome.Expired)));

        await biometrics.AnnounceAsync(application);
        await Eventually.HoldsAsync(() => biometrics.CountAsync(db =>
            db.Applications.AnyAsync(a => a.Id == application && a.Status == BiometricStatus.AwaitingCapture)));
        var again = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync("/api/biometrics/captures", CaptureForms.Good(application));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("Accepted", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
    }
}
