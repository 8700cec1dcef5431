using CccdPlatform.Domain;

namespace CccdPlatform.Station.Biometrics;

// Biometrics' SubmitCapture and its answer, and what the step reads of intake's application.
public sealed record CaptureSubmission(
    Guid ApplicationId, string MachineId, IReadOnlyList<FingerSubmission> Fingerprints, FaceSubmission Face, IReadOnlyList<IrisSubmission>? Irises);

public sealed record FingerSubmission(int Position, int? Quality, string? Template, string? Exception, string? ExceptionPhotoRef);

public sealed record FaceSubmission(int? Quality, string? Template);

public sealed record IrisSubmission(string Eye, int? Quality, string? Template, string? Exception, string? ExceptionPhotoRef);

/// <summary>A capture's outcome: <c>Accepted</c>, <c>RecaptureNeeded</c>, <c>DuplicateSuspected</c>, or while held <c>WaitingForApplication</c>.</summary>
public sealed record CaptureAnswer(Guid CaptureId, string Outcome, IReadOnlyList<string>? Reasons);

public sealed record ApplicationFacts(Guid ApplicationId, string PersonalId, string FullName, DateOnly DateOfBirth, BiometricsRequirement Biometrics, string CardLaw);
