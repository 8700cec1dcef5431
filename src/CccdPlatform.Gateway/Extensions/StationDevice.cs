namespace CccdPlatform.Gateway.Extensions;

/// <summary>
/// Where the station app finds the biometric device service on the officer's machine (docs/devices.md):
/// <c>Station:DeviceUrl</c>, by default the first port of MOSIP SBI's range. The app reads it from
/// <c>/station/device.json</c>, and its content security policy lets it connect there and nowhere else beyond the gateway.
/// </summary>
public sealed class StationDevice
{
    public const string DefaultUrl = "http://127.0.0.1:4501";

    public StationDevice(IConfiguration configuration)
    {
        Url = new Uri(configuration["Station:DeviceUrl"] is { Length: > 0 } url ? url : DefaultUrl);
        ContentSecurityPolicy = StationApp.ContentSecurityPolicy(Url.GetLeftPart(UriPartial.Authority));
    }

    public Uri Url { get; }

    public string ContentSecurityPolicy { get; }
}
