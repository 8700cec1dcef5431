namespace CccdPlatform.Gateway.Extensions;

/// <summary>The gateway's protections, from <c>Gateway:Limits</c>.</summary>
public sealed class GatewayLimitsOptions
{
    public const string Section = "Gateway:Limits";

    /// <summary>Requests per second one caller (token subject, or address when anonymous) may send, sustained.</summary>
    public int PerClientPerSecond { get; set; } = 50;
    public int PerClientBurst { get; set; } = 100;

    /// <summary>Requests per second one reception machine (<c>X-Machine-Id</c>) may send, whoever is signed in on it.</summary>
    public int PerMachinePerSecond { get; set; } = 20;
    public int PerMachineBurst { get; set; } = 40;

    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Larger bodies where the work needs them, by path prefix.</summary>
    public Dictionary<string, long> MaxBodyBytesByPath { get; set; } = new()
    {
        ["/api/intake/batches"] = 8 * 1024 * 1024,
        ["/api/intake/rosters"] = 20 * 1024 * 1024,
        ["/api/biometrics/captures"] = 2 * 1024 * 1024,
    };

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public long MaxBodyBytesFor(string path) =>
        MaxBodyBytesByPath.Where(p => path.StartsWith(p.Key, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Value)
            .DefaultIfEmpty(MaxBodyBytes)
            .Max();
}
