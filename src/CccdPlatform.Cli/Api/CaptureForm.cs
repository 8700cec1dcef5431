namespace CccdPlatform.Cli.Api;

/// <summary>
/// The body of <c>POST /api/biometrics/captures</c> (biometrics' <c>SubmitCapture</c>): ten finger positions, each
/// captured or excepted, the face as 512 little-endian float32 values and both irises (required from 6 years old
/// since 1 July 2024); templates in base64.
/// </summary>
public sealed record CaptureForm(
    Guid ApplicationId, string MachineId, IReadOnlyList<FingerprintForm> Fingerprints, FaceForm Face, IReadOnlyList<IrisForm>? Irises = null);

public sealed record FingerprintForm(int Position, int? Quality, string? Template, FingerException? Exception, string? ExceptionPhotoRef);

public sealed record FaceForm(int Quality, string Template);

public sealed record IrisForm(Eye Eye, int Quality, string Template);

/// <summary>Biometrics' 201 answer: <c>Accepted</c>, <c>RecaptureNeeded</c> or <c>DuplicateSuspected</c>.</summary>
public sealed record CaptureResult(Guid CaptureId, Guid ApplicationId, int Attempt, string Outcome, IReadOnlyList<string> Reasons);
