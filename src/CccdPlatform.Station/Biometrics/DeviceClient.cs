using System.Net.Http.Json;

namespace CccdPlatform.Station.Biometrics;

/// <summary>
/// The local device service (docs/devices.md) at the URL the gateway gives (<c>/station/device.json</c>): discovery
/// and capture, with no token (the device is on this machine, and only this app's origin may call it).
/// </summary>
public sealed class DeviceClient(HttpClient gateway)
{
    private readonly HttpClient _device = new();

    public Uri? Url { get; private set; }

    /// <summary>The devices behind the service, or why there are none (its address in the message).</summary>
    public async Task<(IReadOnlyList<FoundDevice> Devices, string? Problem)> DiscoverAsync()
    {
        try
        {
            Url ??= new Uri((await gateway.GetFromJsonAsync("station/device.json", BiometricsJson.Default.DeviceSetting))!.DeviceUrl);
            return (await _device.GetFromJsonAsync(new Uri(Url, "device/discover"), BiometricsJson.Default.FoundDeviceArray) ?? [], null);
        }
        catch (HttpRequestException exception)
        {
            return ([], $"{Url}: {exception.Message}");
        }
    }

    /// <summary>One capture transaction: the answer, or the device's problem (busy, timed out, refused).</summary>
    public async Task<(DeviceCapture? Capture, string? Problem)> CaptureAsync(DeviceCaptureRequest request)
    {
        try
        {
            using var answer = await _device.PostAsJsonAsync(new Uri(Url!, "device/capture"), request, BiometricsJson.Default.DeviceCaptureRequest);
            return answer.IsSuccessStatusCode
                ? (await answer.Content.ReadFromJsonAsync(BiometricsJson.Default.DeviceCapture), null)
                : (null, $"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }
        catch (HttpRequestException exception)
        {
            return (null, exception.Message);
        }
    }
}
