using CccdPlatform.Biometrics.Model;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>What a reception machine sends after capturing a citizen's biometrics. Templates are base64.</summary>
public sealed record SubmitCapture(
    Guid? ApplicationId,
    string? MachineId,
    List<FingerprintInput>? Fingerprints,
    FaceInput? Face,
    List<IrisInput>? Irises);

/// <summary>One finger: a template with its NFIQ 2 quality, or an exception with the reference of its photo.</summary>
public sealed record FingerprintInput(
    int? Position, int? Quality, string? Template, FingerException? Exception, string? ExceptionPhotoRef);

/// <summary>The face: its quality and its template, little-endian float32 values.</summary>
public sealed record FaceInput(int? Quality, string? Template);

/// <summary>One eye: a template with its quality, or an exception with the reference of its photo.</summary>
public sealed record IrisInput(Eye? Eye, int? Quality, string? Template, IrisException? Exception = null, string? ExceptionPhotoRef = null);
