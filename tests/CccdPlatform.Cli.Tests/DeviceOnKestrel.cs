using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CccdPlatform.Cli.Device;
using Microsoft.AspNetCore.Builder;

namespace CccdPlatform.Cli.Tests;

/// <summary>The simulated device service of <c>cccd device</c> on a free loopback port, as a station's browser meets it.</summary>
public sealed class DeviceOnKestrel : IAsyncDisposable
{
    public const string StationOrigin = "http://127.0.0.1:8080";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly WebApplication _app;

    private DeviceOnKestrel(WebApplication app, HttpClient client) => (_app, Client) = (app, client);

    public HttpClient Client { get; }

    public static async Task<DeviceOnKestrel> StartAsync(SimulationConditions? conditions = null)
    {
        var app = DeviceHost.Build(0, [StationOrigin], new SimulatedDevice(conditions ?? SimulationConditions.None, TimeProvider.System));
        await app.StartAsync();
        return new DeviceOnKestrel(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    public async Task<CaptureResponse> CaptureAsync(object request)
    {
        using var answer = await Client.PostAsJsonAsync("device/capture", request, Json);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<CaptureResponse>(Json))!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
