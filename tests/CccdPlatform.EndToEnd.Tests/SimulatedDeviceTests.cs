using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using CccdPlatform.AppHost;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>The AppHost's simulated biometric devices, as the station app served by the gateway meets them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SimulatedDeviceTests(PlatformFixture platform)
{
    [Fact]
    public async Task TheAppHostsSimulatedDevicesAnswerPagesOfTheGatewaysOriginAndNoOther()
    {
        await platform.App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Device).WaitAsync(TimeSpan.FromMinutes(1));
        using var device = platform.App.CreateHttpClient(ResourceNames.Device);
        var gatewayOrigin = new UriBuilder(platform.Gateway.BaseAddress!) { Host = "127.0.0.1", Path = "" }.Uri.GetLeftPart(UriPartial.Authority);

        using var fromStation = new HttpRequestMessage(HttpMethod.Get, "/device/discover") { Headers = { { "Origin", gatewayOrigin } } };
        using var discovered = await device.SendAsync(fromStation);
        using var fromElsewhere = new HttpRequestMessage(HttpMethod.Get, "/device/discover") { Headers = { { "Origin", "http://127.0.0.1:1" } } };
        using var refused = await device.SendAsync(fromElsewhere);

        Assert.Equal(HttpStatusCode.OK, discovered.StatusCode);
        Assert.Equal(gatewayOrigin, discovered.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var types = (await discovered.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(d => d.GetProperty("type").GetString());
        Assert.Equal(["Finger", "Face", "Iris"], types);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
