using CccdPlatform.Biometrics.Model;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>A capture's decrypted biometric data, for administrators only. Templates are base64.</summary>
public sealed record CaptureTemplatesView(
    Guid CaptureId,
    Guid ApplicationId,
    IReadOnlyList<FingerprintInput> Fingerprints,
    FaceInput Face,
    IReadOnlyList<IrisInput> Irises);
