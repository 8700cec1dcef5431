using System.ComponentModel;
using CccdPlatform.Cli.Device;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

public sealed class DeviceSettings : CommandSettings
{
    /// <summary>The first port of MOSIP SBI's range (4501-4600), where a station looks for its devices.</summary>
    public const int DefaultPort = 4501;

    [CommandOption("--port <PORT>")]
    [Description("The port on 127.0.0.1 (0: any free port).")]
    [DefaultValue(DefaultPort)]
    public int Port { get; set; } = DefaultPort;

    [CommandOption("--allow-origin <ORIGIN>")]
    [Description("An origin whose pages may use the device (repeat for more); by default the local gateway's, " + GatewaySettings.DefaultGateway + ".")]
    public string[] AllowOrigins { get; set; } = [];

    [CommandOption("--poor-finger <POSITION>")]
    [Description("A finger (1 right thumb to 10 left little finger) that scores under the quality floor; repeat for more.")]
    public int[] PoorFingers { get; set; } = [];

    [CommandOption("--poor-captures <N>")]
    [Description("How many captures of each poor finger score poor before it scores well (0: always).")]
    [DefaultValue(1)]
    public int PoorCaptures { get; set; } = 1;

    [CommandOption("--missing-finger <POSITION>")]
    [Description("A finger the scanner never detects (as an amputated one); repeat for more.")]
    public int[] MissingFingers { get; set; } = [];

    [CommandOption("--delay <MS>")]
    [Description("Milliseconds each capture takes.")]
    [DefaultValue(0)]
    public int DelayMs { get; set; }

    public IReadOnlyList<string> Origins => AllowOrigins.Length > 0 ? AllowOrigins : [GatewaySettings.DefaultGateway];

    public SimulationConditions Conditions => new(PoorFingers, PoorCaptures, MissingFingers, DelayMs);

    public override ValidationResult Validate()
    {
        if (Port is < 0 or > 65535)
        {
            return ValidationResult.Error($"--port {Port} is not a port.");
        }

        if (Origins.FirstOrDefault(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/") is { } bad)
        {
            return ValidationResult.Error($"--allow-origin {bad} is not an origin (scheme, host and port, no path).");
        }

        return Conditions.Errors() is { Count: > 0 } errors
            ? ValidationResult.Error(string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")))
            : ValidationResult.Success();
    }
}
