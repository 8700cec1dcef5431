namespace CccdPlatform.Cli.Device;

// The device interface's discovery and information answers (docs/devices.md), modelled on MOSIP SBI's MOSIPDISC and
// MOSIPDINFO; kept together because each is only a list of fields.
public enum BioType
{
    Finger,
    Face,
    Iris,
}

public enum DeviceStatus
{
    Ready,
    Busy,
    NotReady,
}

/// <summary>One device found by <c>GET /device/discover</c>: enough to choose it and send it a capture.</summary>
public sealed record DeviceDescriptor(
    string DeviceId, BioType Type, string SubType, DeviceStatus Status, IReadOnlyList<int> DeviceSubIds, IReadOnlyList<string> SpecVersion,
    string Purpose, string CaptureUrl);

/// <summary>What <c>GET /device/info</c> says of a device: who made it, what it captures and on which quality scale.</summary>
public sealed record DeviceInfo(
    string DeviceId, BioType Type, string SubType, DeviceStatus Status, string Make, string Model, string SerialNo, string Firmware,
    string ServiceVersion, bool Simulated, IReadOnlyList<string> BioSubTypes, string QualityScale, string TemplateFormat);
