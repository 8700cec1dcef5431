namespace CccdPlatform.Station.Biometrics;

// What the station sends to and reads of the local device interface (docs/devices.md); only the fields it uses.
public sealed record FoundDevice(string DeviceId, string Type, string Status);

public sealed record DeviceCaptureRequest(string TransactionId, string? SubjectHint, IReadOnlyList<DeviceBioRequest> Bio);

public sealed record DeviceBioRequest(string DeviceId, IReadOnlyList<string> BioSubType, IReadOnlyList<string> Exception, int RequestedScore);

public sealed record DeviceCapture(string TransactionId, IReadOnlyList<DeviceBio> Biometrics);

public sealed record DeviceBio(
    string DeviceId, string Type, string BioSubType, int? Position, string? Eye, int? QualityScore, string? Template,
    string? ExceptionPhotoRef, DeviceError? Error);

public sealed record DeviceError(string Code, string Message);

public sealed record DeviceSetting(string DeviceUrl);
