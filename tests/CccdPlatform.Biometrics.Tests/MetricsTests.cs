using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Biometrics.Extensions;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;

namespace CccdPlatform.Biometrics.Tests;

public class MetricsTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private async Task<string> OutcomeOfAsync(Dictionary<string, object?> form)
    {
        var response = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync("/api/biometrics/captures", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString()!;
    }

    [Fact]
    public async Task ARecaptureCountsEachFailedModalityOnceAndTheAcceptedRetrySearchesTheGalleryAndGrowsIt()
    {
        using var captures = biometrics.Services.Collect<long>(BiometricsMetrics.MeterName, BiometricsMetrics.Captures);
        using var failures = biometrics.Services.Collect<long>(BiometricsMetrics.MeterName, BiometricsMetrics.CaptureFailures);
        using var searches = biometrics.Services.Collect<double>(BiometricsMetrics.MeterName, BiometricsMetrics.SearchDuration);
        using var gallery = biometrics.Services.Collect<int>(BiometricsMetrics.MeterName, BiometricsMetrics.GallerySize);
        var application = await biometrics.ApplicationAsync();
        gallery.RecordObservableInstruments();
        var galleryBefore = gallery.LastMeasurement!.Value;

        var poor = CaptureForms.Good(application)
            .WithFinger(3, "quality", 20).WithFinger(7, "quality", 25).WithFace("quality", 30).WithIris("Left", 10);
        Assert.Equal("RecaptureNeeded", await OutcomeOfAsync(poor));
        Assert.Empty(searches.GetMeasurementSnapshot());
        Assert.Equal("Accepted", await OutcomeOfAsync(CaptureForms.Good(application)));

        Assert.Equal(1, captures.Total(("cccd.outcome", "RecaptureNeeded"), ("cccd.forced", false)));
        Assert.Equal(1, captures.Total(("cccd.outcome", "Accepted"), ("cccd.forced", false)));
        Assert.Equal(2, captures.Total());
        Assert.Equal(1, failures.Total(("cccd.modality", "Finger")));
        Assert.Equal(1, failures.Total(("cccd.modality", "Face")));
        Assert.Equal(1, failures.Total(("cccd.modality", "Iris")));
        var search = Assert.Single(searches.GetMeasurementSnapshot());
        Assert.InRange(search.Value, double.Epsilon, 10);
        gallery.RecordObservableInstruments();
        Assert.Equal(galleryBefore + 1, gallery.LastMeasurement!.Value);
    }
}
