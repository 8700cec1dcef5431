using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Cli.Device;

namespace CccdPlatform.Cli.Tests;

public class DeviceServiceTests
{
    private static readonly object EveryDevice = new
    {
        transactionId = "t-1",
        bio = new[] { new { deviceId = SimulatedDevice.FingerDevice }, new { deviceId = SimulatedDevice.FaceDevice }, new { deviceId = SimulatedDevice.IrisDevice } },
    };

    [Fact]
    public async Task DiscoveryListsAFingerScannerAFaceCameraAndAnIrisCameraAndFiltersByType()
    {
        await using var device = await DeviceOnKestrel.StartAsync();

        var all = (await device.Client.GetFromJsonAsync<DeviceDescriptor[]>("device/discover", DeviceOnKestrel.Json))!;
        var fingers = await device.Client.GetFromJsonAsync<DeviceDescriptor[]>("device/discover?type=Finger", DeviceOnKestrel.Json);

        Assert.Equal([BioType.Finger, BioType.Face, BioType.Iris], all.Select(d => d.Type));
        Assert.All(all, d => Assert.Equal(DeviceStatus.Ready, d.Status));
        Assert.All(all, d => Assert.Equal(new Uri(device.Client.BaseAddress!, "device/capture").ToString(), d.CaptureUrl));
        Assert.Equal([SimulatedDevice.FingerDevice], fingers!.Select(d => d.DeviceId));
        Assert.Equal(HttpStatusCode.BadRequest, (await device.Client.GetAsync("device/discover?type=Palm")).StatusCode);
    }

    [Fact]
    public async Task InfoDescribesEachDeviceWithTheSubTypesItCapturesAndItsQualityScale()
    {
        await using var device = await DeviceOnKestrel.StartAsync();

        var info = (await device.Client.GetFromJsonAsync<DeviceInfo[]>("device/info", DeviceOnKestrel.Json))!;
        var iris = await device.Client.GetFromJsonAsync<DeviceInfo>($"device/info/{SimulatedDevice.IrisDevice}", DeviceOnKestrel.Json);

        Assert.Equal(10, info.Single(d => d.Type == BioType.Finger).BioSubTypes.Count);
        Assert.All(info, d => Assert.True(d.Simulated));
        Assert.All(info, d => Assert.StartsWith("0-100", d.QualityScale));
        Assert.Equal(["Left", "Right"], iris!.BioSubTypes);
        Assert.Equal(HttpStatusCode.NotFound, (await device.Client.GetAsync("device/info/sim-palm-01")).StatusCode);
    }

    [Fact]
    public async Task ACaptureOfEveryDeviceGivesTenNumberedFingersAFaceOf512FloatsAndBothIrisesAllAboveTheirFloors()
    {
        await using var device = await DeviceOnKestrel.StartAsync();

        var capture = await device.CaptureAsync(EveryDevice);

        Assert.Equal("t-1", capture.TransactionId);
        var fingers = capture.Biometrics.Where(b => b.Type == BioType.Finger).ToList();
        Assert.Equal(Enumerable.Range(1, 10), fingers.Select(f => f.Position!.Value));
        Assert.All(fingers, f => Assert.InRange(f.QualityScore!.Value, 40, 100));
        var face = capture.Biometrics.Single(b => b.Type == BioType.Face);
        var floats = Convert.FromBase64String(face.Template!);
        Assert.Equal(512 * sizeof(float), floats.Length);
        Assert.True(float.IsFinite(BinaryPrimitives.ReadSingleLittleEndian(floats)));
        Assert.Equal(["Left", "Right"], capture.Biometrics.Where(b => b.Type == BioType.Iris).Select(i => i.Eye));
        Assert.All(capture.Biometrics, b => Assert.InRange(b.QualityScore!.Value, 60, 100));
        Assert.All(capture.Biometrics, b => Assert.Null(b.Error));
    }

    [Fact]
    public async Task APoorFingerScoresUnderTheFloorAndARecaptureOfThatFingerScoresWell()
    {
        await using var device = await DeviceOnKestrel.StartAsync(new SimulationConditions([2], 1, [], 0));

        var first = await device.CaptureAsync(EveryDevice);
        var again = await device.CaptureAsync(new { transactionId = "t-2", bio = new[] { new { deviceId = SimulatedDevice.FingerDevice, bioSubType = new[] { "Right IndexFinger" } } } });

        Assert.InRange(first.Biometrics.Single(b => b.Position == 2).QualityScore!.Value, 0, 39);
        Assert.All(first.Biometrics.Where(b => b.Position != 2), b => Assert.True(b.QualityScore >= 60));
        var recaptured = Assert.Single(again.Biometrics);
        Assert.Equal(2, recaptured.Position);
        Assert.InRange(recaptured.QualityScore!.Value, 60, 100);
    }

    [Fact]
    public async Task AMissingFingerIsNotDetectedAndAnExceptedFingerGetsItsPhotoInsteadOfATemplate()
    {
        await using var device = await DeviceOnKestrel.StartAsync(new SimulationConditions([], 0, [7], 0));

        var capture = await device.CaptureAsync(new
        {
            transactionId = "t-3",
            bio = new[] { new { deviceId = SimulatedDevice.FingerDevice, exception = new[] { "Left LittleFinger" } } },
        });

        var missing = capture.Biometrics.Single(b => b.Position == 7);
        Assert.Equal("NotDetected", missing.Error!.Code);
        Assert.Null(missing.Template);
        var excepted = capture.Biometrics.Single(b => b.Position == 10);
        Assert.StartsWith($"photo://{SimulatedDevice.FaceDevice}/", excepted.ExceptionPhotoRef);
        Assert.Null(excepted.Template);
        Assert.Null(excepted.QualityScore);
        Assert.Equal(10, capture.Biometrics.Count);
    }

    [Fact]
    public async Task TheSameCitizenGivesTheSameFaceAndAnotherCitizenAnother()
    {
        await using var device = await DeviceOnKestrel.StartAsync();
        static object Face(string hint) => new { transactionId = "t", subjectHint = hint, bio = new[] { new { deviceId = SimulatedDevice.FaceDevice } } };

        var first = await device.CaptureAsync(Face("038095001234"));
        var again = await device.CaptureAsync(Face("038095001234"));
        var other = await device.CaptureAsync(Face("038095001235"));
        var unhinted = await device.CaptureAsync(EveryDevice);

        Assert.Equal(first.Biometrics[0].Template, again.Biometrics[0].Template);
        Assert.NotEqual(first.Biometrics[0].Template, other.Biometrics[0].Template);
        Assert.NotEqual(first.Biometrics[0].Template, unhinted.Biometrics.Single(b => b.Type == BioType.Face).Template);
    }

    [Fact]
    public async Task ABadCaptureRequestGetsAProblemWithOneMessagePerField()
    {
        await using var device = await DeviceOnKestrel.StartAsync();

        using var answer = await device.Client.PostAsJsonAsync("device/capture", new
        {
            timeoutMs = 100,
            bio = new object[]
            {
                new { deviceId = "sim-palm-01" },
                new { deviceId = SimulatedDevice.IrisDevice, type = "Finger", bioSubType = new[] { "Middle" }, requestedScore = 101 },
                new { deviceId = SimulatedDevice.FingerDevice, bioSubType = new[] { "Left Thumb" }, exception = new[] { "Left Thumb" } },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["bio[0].deviceId", "bio[1].bioSubType", "bio[1].requestedScore", "bio[1].type", "bio[2].exception", "timeoutMs", "transactionId"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ACaptureSlowerThanItsTimeoutIsA504AndACaptureOnABusyDeviceA409()
    {
        await using var device = await DeviceOnKestrel.StartAsync(new SimulationConditions([], 0, [], 1_500));
        var slow = new { transactionId = "t", timeoutMs = 1_000, bio = new[] { new { deviceId = SimulatedDevice.FaceDevice } } };

        var first = device.Client.PostAsJsonAsync("device/capture", slow);
        await Task.Delay(200);
        using var second = await device.Client.PostAsJsonAsync("device/capture", slow);
        using var timedOut = await first;

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, timedOut.StatusCode);
        Assert.Equal("application/problem+json", timedOut.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task APageOfAForeignOriginIsRefusedWhileTheStationsOriginGetsCorsHeaders()
    {
        await using var device = await DeviceOnKestrel.StartAsync();

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "device/discover") { Headers = { { "Origin", "http://evil.example" } } };
        using var refused = await device.Client.SendAsync(foreign);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "device/capture")
        {
            Headers =
            {
                { "Origin", DeviceOnKestrel.StationOrigin }, { "Access-Control-Request-Method", "POST" },
                { "Access-Control-Request-Headers", "content-type" }, { "Access-Control-Request-Private-Network", "true" },
            },
        };
        using var allowed = await device.Client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(DeviceOnKestrel.StationOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", allowed.Headers.GetValues("Access-Control-Allow-Private-Network").Single());
    }

    [Fact]
    public async Task NoWebPageMaySetTheSimulationAndNoOtherHostNameReachesTheDevice()
    {
        await using var device = await DeviceOnKestrel.StartAsync();

        using var fromPage = new HttpRequestMessage(HttpMethod.Put, "simulator/conditions")
        {
            Headers = { { "Origin", DeviceOnKestrel.StationOrigin } },
            Content = JsonContent.Create(new SimulationConditions([1], 0, [], 0)),
        };
        using var refused = await device.Client.SendAsync(fromPage);
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "device/info") { Headers = { Host = "attacker.example" } };
        using var rebindingRefused = await device.Client.SendAsync(rebound);
        using var fromTool = await device.Client.PutAsJsonAsync("simulator/conditions", new SimulationConditions([1], 0, [], 0));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rebindingRefused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromTool.StatusCode);
        var capture = await device.CaptureAsync(EveryDevice);
        Assert.True(capture.Biometrics.Single(b => b.Position == 1).QualityScore < 40);
    }
}
