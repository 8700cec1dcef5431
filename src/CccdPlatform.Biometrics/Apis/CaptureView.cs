using CccdPlatform.Biometrics.Model;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>A capture's outcome as the reception machine shows it. Holds no biometric data.</summary>
public sealed record CaptureView(
    Guid CaptureId,
    Guid ApplicationId,
    int Attempt,
    CaptureOutcome Outcome,
    IReadOnlyList<string> Reasons,
    int FailedAttempts,
    bool ForceAcceptAllowed,
    bool Forced,
    string? ForceReason,
    string MachineId,
    string OperatorId,
    DateTimeOffset CapturedAt)
{
    public static CaptureView Of(Capture capture, KnownApplication application, QualityPolicy policy) => new(
        capture.Id, capture.ApplicationId, capture.Attempt, capture.Outcome, capture.Reasons, application.FailedAttempts,
        policy.WhyForceIsRefused(application, capture) is null, capture.Forced, capture.ForceReason, capture.MachineId,
        capture.OperatorId, capture.CapturedAt);
}
