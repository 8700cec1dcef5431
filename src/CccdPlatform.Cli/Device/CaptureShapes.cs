namespace CccdPlatform.Cli.Device;

// The body and answer of POST /device/capture (docs/devices.md), modelled on MOSIP SBI's RCAPTURE.

/// <summary>
/// A capture of one or more devices in one transaction. <paramref name="SubjectHint"/> is for the simulated device only
/// (a real one ignores it): the same hint gives the same templates, so the same citizen gives the same face.
/// </summary>
public sealed record CaptureRequest(string? TransactionId, int? TimeoutMs, string? SubjectHint, IReadOnlyList<BioRequest?>? Bio);

/// <summary>
/// What to take from one device: the named sub-types (all of the device's when none), except those listed as
/// exceptions, for which the device takes a photo instead; the device tries until <paramref name="RequestedScore"/>.
/// </summary>
public sealed record BioRequest(
    string? DeviceId, BioType? Type, IReadOnlyList<string>? BioSubType, IReadOnlyList<string>? Exception, int? RequestedScore);

public sealed record CaptureResponse(string TransactionId, IReadOnlyList<CapturedBio> Biometrics);

/// <summary>
/// One finger, eye or face: its quality (0-100) and template in base64, or the reference of its exception photo, or
/// an error (e.g. <c>NotDetected</c>: nothing on the sensor where that finger should be).
/// </summary>
public sealed record CapturedBio(
    string DeviceId, BioType Type, string BioSubType, int? Position, string? Eye, int? QualityScore, int? RequestedScore, string? Template,
    string? ExceptionPhotoRef, DateTimeOffset CaptureTime, BioError? Error);

public sealed record BioError(string Code, string Message);
