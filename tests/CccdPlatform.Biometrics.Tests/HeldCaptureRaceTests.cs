using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Tests;

public class HeldCaptureRaceTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    [Fact]
    public async Task CapturesSentWhileTheirApplicationsAreBeingAnnouncedAreEachScreenedExactlyOnce()
    {
        var applications = Enumerable.Range(0, 80).Select(_ => Guid.CreateVersion7()).ToList();
        var client = biometrics.Client(Roles.StationOfficer);

        async Task<(HttpStatusCode Status, Guid CaptureId)> CaptureAsync(Guid application)
        {
            var response = await client.PostAsJsonAsync("/api/biometrics/captures", CaptureForms.Good(application));
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (response.StatusCode, body.TryGetProperty("captureId", out var id) ? id.GetGuid() : Guid.Empty);
        }

        // Each capture leaves at the same moment as its application's announcement, so both orders and the overlap occur.
        var captures = applications.Select(CaptureAsync).ToList();
        await Task.WhenAll(applications.Select(id => biometrics.AnnounceAsync(id)));
        var answers = await Task.WhenAll(captures);

        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.Accepted }));
        await Eventually.HoldsAsync(() => biometrics.CountAsync(db => db.Captures.AllAsync(c =>
            !applications.Contains(c.ApplicationId) || c.Outcome == CaptureOutcome.Accepted)), TimeSpan.FromSeconds(30));
        var stored = await biometrics.CountAsync(db => db.Captures.AsNoTracking()
            .Where(c => applications.Contains(c.ApplicationId)).Select(c => new { c.Id, c.ApplicationId, c.Attempt }).ToListAsync());
        Assert.Equal(answers.Select(a => a.CaptureId).Order(), stored.Select(c => c.Id).Order());
        Assert.All(stored, c => Assert.Equal(1, c.Attempt));
        var known = await biometrics.CountAsync(db => db.Applications.AsNoTracking()
            .Where(a => applications.Contains(a.Id)).Select(a => new { a.Status, a.Captures }).ToListAsync());
        Assert.Equal(applications.Count, known.Count);
        Assert.All(known, a => Assert.Equal((BiometricStatus.Accepted, 1), (a.Status, a.Captures)));
        await Eventually.HoldsAsync(() => Task.FromResult(
            biometrics.Accepted.Received.Count(m => applications.Contains(m.Message.ApplicationId)) >= applications.Count));
        await Task.Delay(500);
        Assert.Equal(
            answers.Select(a => a.CaptureId).Order(),
            biometrics.Accepted.Received.Where(m => applications.Contains(m.Message.ApplicationId)).Select(m => m.Message.CaptureId).Order());
    }
}
