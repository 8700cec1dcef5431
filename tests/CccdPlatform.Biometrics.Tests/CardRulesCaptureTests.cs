using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>Which biometrics a capture must hold, by the card rules of the application's day that intake announced.</summary>
public class CardRulesCaptureTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private const string Path = "/api/biometrics/captures";

    private Task<HttpResponseMessage> CaptureAsync(Dictionary<string, object?> form) =>
        biometrics.Client(Roles.StationOfficer).PostAsJsonAsync(Path, form);

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task ACaptureForACitizenUnderSixIsRefusedAndNothingIsStored()
    {
        var application = await biometrics.ApplicationAsync(biometricsRequired: "None");

        var response = await CaptureAsync(CaptureForms.Good(application).WithIris("Left", 90).WithIris("Right", 90));

        var problem = await BodyAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("under 6", problem.GetProperty("title").GetString());
        Assert.Equal(0, await biometrics.CountAsync(db => db.Captures.CountAsync(c => c.ApplicationId == application)));
    }

    [Fact]
    public async Task FromJuly2024ACaptureWithoutBothIrisesIsRefusedNamingTheMissingEye()
    {
        var application = await biometrics.ApplicationAsync(biometricsRequired: "FaceFingersAndIrises");

        var response = await CaptureAsync(CaptureForms.Good(application).WithIris("Left", 90));

        var problem = await BodyAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("missing: right", problem.GetProperty("errors").GetProperty("irises")[0].GetString());
        Assert.Equal(0, await biometrics.CountAsync(db => db.Captures.CountAsync(c => c.ApplicationId == application)));
    }

    [Fact]
    public async Task ADocumentedIrisExceptionStandsForTheEyeAndItsPhotoIsKeptEncrypted()
    {
        var application = await biometrics.ApplicationAsync(biometricsRequired: "FaceFingersAndIrises");

        var capture = await BodyAsync(
            await CaptureAsync(CaptureForms.Good(application).WithIris("Left", 90).WithIrisException("Right")), HttpStatusCode.Created);

        Assert.Equal("Accepted", capture.GetProperty("outcome").GetString());
        var templates = await biometrics.Client(Roles.Admin)
            .GetFromJsonAsync<JsonElement>($"{Path}/{capture.GetProperty("captureId").GetGuid()}/templates");
        var right = templates.GetProperty("irises").EnumerateArray().Single(i => i.GetProperty("eye").GetString() == "Right");
        Assert.Equal("Missing", right.GetProperty("exception").GetString());
        Assert.Equal("photos/kit-380-01/eye.jpg", right.GetProperty("exceptionPhotoRef").GetString());
    }

    [Fact]
    public async Task AnIrisExceptionNeedsItsPhotoAndNoTemplate()
    {
        var application = await biometrics.ApplicationAsync(biometricsRequired: "FaceFingersAndIrises");

        var response = await CaptureAsync(CaptureForms.Good(application).WithIris("Left", 90).WithIrisException("Right", photoRef: null));

        var errors = (await BodyAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("irises[1].exceptionPhotoRef", out _), errors.ToString());
    }

    [Fact]
    public async Task BeforeJuly2024IrisesAreOptional()
    {
        var application = await biometrics.ApplicationAsync(biometricsRequired: "FaceAndFingers");

        var capture = await BodyAsync(await CaptureAsync(CaptureForms.Good(application)), HttpStatusCode.Created);

        Assert.Equal("Accepted", capture.GetProperty("outcome").GetString());
    }
}
