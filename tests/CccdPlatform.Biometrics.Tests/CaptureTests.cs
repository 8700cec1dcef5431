using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Tests;

public class CaptureTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private const string Path = "/api/biometrics/captures";

    private async Task<JsonElement> CaptureAsync(Dictionary<string, object?> form, string role = Roles.StationOfficer)
    {
        var response = await biometrics.Client(role).PostAsJsonAsync(Path, form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] ReasonsOf(JsonElement capture) =>
        capture.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray();

    private Task<int> SavedCapturesAsync() => biometrics.CountAsync(db => db.Captures.CountAsync());

    [Fact]
    public async Task AGoodCaptureIsAcceptedAndBiometricsAcceptedIsPublished()
    {
        var application = await biometrics.ApplicationAsync();

        var capture = await CaptureAsync(CaptureForms.Good(application).WithIris("Left", 90).WithIris("Right", 88));

        Assert.Equal("Accepted", capture.GetProperty("outcome").GetString());
        Assert.Empty(ReasonsOf(capture));
        var accepted = await biometrics.Accepted.WaitForAsync(m => m.ApplicationId == application);
        Assert.Equal(capture.GetProperty("captureId").GetGuid(), accepted.Message.CaptureId);
        Assert.False(accepted.Message.Forced);
    }

    [Theory]
    [InlineData(39, "Recapture")]
    [InlineData(40, "Accepted")]
    public async Task AFingerBelowTheFingerprintMinimumNeedsRecaptureAndOneAtItPasses(int quality, string outcome)
    {
        var application = await biometrics.ApplicationAsync();

        var capture = await CaptureAsync(CaptureForms.Good(application).WithFinger(2, "quality", quality));

        Assert.StartsWith(outcome, capture.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task EachLowQualityFingerIsNamedWithItsScoreAndRecaptureNeededIsPublished()
    {
        var application = await biometrics.ApplicationAsync();

        var capture = await CaptureAsync(CaptureForms.Good(application).WithFinger(2, "quality", 31).WithFinger(7, "quality", 12));

        Assert.Equal("RecaptureNeeded", capture.GetProperty("outcome").GetString());
        Assert.Equal(
            ["finger 2 (right index finger): quality 31 below 40", "finger 7 (left index finger): quality 12 below 40"],
            ReasonsOf(capture));
        var recapture = await biometrics.Recaptures.WaitForAsync(m => m.ApplicationId == application);
        Assert.Equal(1, recapture.Message.Attempt);
        Assert.Equal(ReasonsOf(capture), recapture.Message.Reasons);
    }

    [Fact]
    public async Task ALowQualityFaceNeedsRecapture()
    {
        var application = await biometrics.ApplicationAsync();

        var capture = await CaptureAsync(CaptureForms.Good(application).WithFace("quality", 20));

        Assert.Equal(["face: quality 20 below 50"], ReasonsOf(capture));
    }

    [Fact]
    public async Task ALowQualityIrisNeedsRecapture()
    {
        var application = await biometrics.ApplicationAsync();

        var capture = await CaptureAsync(CaptureForms.Good(application).WithIris("Right", 30));

        Assert.Equal(["right iris: quality 30 below 60"], ReasonsOf(capture));
    }

    [Fact]
    public async Task AMissingFingerWithoutAnExceptionIsRefusedAndNothingIsSaved()
    {
        var application = await biometrics.ApplicationAsync();
        var before = await SavedCapturesAsync();

        var response = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync(Path, CaptureForms.Good(application).WithoutFinger(4));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("finger 4 (right ring finger)", errors.GetProperty("fingerprints")[0].GetString());
        Assert.Equal(before, await SavedCapturesAsync());
    }

    [Fact]
    public async Task AFingerWithARecordedExceptionAndItsPhotoIsAcceptedWithoutAQualityScore()
    {
        var application = await biometrics.ApplicationAsync();

        var capture = await CaptureAsync(CaptureForms.Good(application).WithException(4, "Amputated").WithException(9, "Unreadable"));

        Assert.Equal("Accepted", capture.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task AnAcceptedApplicationTakesNoFurtherCapture()
    {
        var application = await biometrics.ApplicationAsync();
        await CaptureAsync(CaptureForms.Good(application));

        var response = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync(Path, CaptureForms.Good(application));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task TheCaptureCanBeReadBackWithoutItsTemplates()
    {
        var application = await biometrics.ApplicationAsync();
        var id = (await CaptureAsync(CaptureForms.Good(application))).GetProperty("captureId").GetGuid();

        var read = await biometrics.Client(Roles.StationOfficer).GetFromJsonAsync<JsonElement>($"{Path}/{id}");

        Assert.Equal("Accepted", read.GetProperty("outcome").GetString());
        Assert.Equal("KIT-380-01", read.GetProperty("machineId").GetString());
        Assert.Equal("officer-1", read.GetProperty("operatorId").GetString());
        Assert.DoesNotContain("template", read.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryRouteWithoutAToken()
    {
        var document = await biometrics.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.All(
            [Path, $"{Path}/{{id}}/force-accept", $"{Path}/{{id}}/templates", "/api/biometrics/duplicates/{id}/decision", "/api/biometrics/audit"],
            path => Assert.True(paths.TryGetProperty(path, out _), $"{path} is not documented"));
        var answers = paths.GetProperty(Path).GetProperty("post").GetProperty("responses");
        Assert.True(answers.TryGetProperty("201", out _) && answers.TryGetProperty("202", out _), "a capture answers 201 or 202");
    }

    [Fact]
    public async Task WithoutATokenTheCallerIsUnauthenticated()
    {
        var response = await biometrics.CreateClient().PostAsJsonAsync(Path, CaptureForms.Good(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Integrator)]
    [InlineData(Roles.Operations)]
    public async Task ARoleThatDoesNotCaptureIsForbidden(string role)
    {
        var response = await biometrics.Client(role).PostAsJsonAsync(Path, CaptureForms.Good(await biometrics.ApplicationAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
