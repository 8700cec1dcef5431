using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Tests;

public class ValidationTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private static Dictionary<string, object?> Good() => CaptureForms.Good(Guid.NewGuid());

    public static TheoryData<string, Dictionary<string, object?>> InvalidCaptures => new()
    {
        { "applicationId", Good().With("applicationId", null) },
        { "machineId", Good().With("machineId", " ") },
        { "fingerprints", Good().With("fingerprints", null) },
        { "fingerprints", Good().WithoutFinger(10) },
        { "fingerprints[0].position", Good().WithFinger(1, "position", 0) },
        { "fingerprints[9].position", Good().WithFinger(10, "position", 11) },
        { "fingerprints[2].position", Good().WithFinger(3, "position", 1) },
        { "fingerprints[2].quality", Good().WithFinger(3, "quality", 101) },
        { "fingerprints[2].quality", Good().WithFinger(3, "quality", -1) },
        { "fingerprints[2].quality", Good().WithFinger(3, "quality", null) },
        { "fingerprints[4].template", Good().WithFinger(5, "template", "not base64!") },
        { "fingerprints[4].template", Good().WithFinger(5, "template", null) },
        { "fingerprints[3].exceptionPhotoRef", Good().WithException(4, photoRef: null) },
        { "fingerprints[3].template", Good().WithException(4).WithFinger(4, "template", FaceTemplates.RandomFingerprint()) },
        { "fingerprints[3].exception", Good().WithException(4, exception: "Lost") },
        { "face", Good().With("face", null) },
        { "face.quality", Good().WithFace("quality", 101) },
        { "face.template", Good().WithFace("template", "%%%") },
        { "face.template", Good().WithFace("template", FaceTemplates.Base64(FaceTemplates.Random(128))) },
        { "face.template", Good().WithFace("template", FaceTemplates.Base64(new float[512])) },
        { "face.template", Good().WithFace("template", FaceTemplates.Base64([float.NaN, .. FaceTemplates.Random(511)])) },
        { "irises", Good().WithIris("Left", 80).WithIris("Left", 80) },
        { "irises[0].quality", Good().WithIris("Left", 120) },
    };

    [Theory]
    [MemberData(nameof(InvalidCaptures))]
    public async Task AnInvalidCaptureIsRefusedWithProblemDetailsNamingTheFieldAndNothingIsSaved(
        string field, Dictionary<string, object?> form)
    {
        var before = await biometrics.CountAsync(db => db.Captures.CountAsync());

        var response = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync("/api/biometrics/captures", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for {field}: {errors}");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        Assert.Equal(before, await biometrics.CountAsync(db => db.Captures.CountAsync()));
    }
}
