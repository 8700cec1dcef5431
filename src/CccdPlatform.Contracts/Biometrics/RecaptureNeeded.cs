namespace CccdPlatform.Contracts.Biometrics;

/// <summary>Version 1. A capture failed the quality policy; the citizen must be captured again.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CaptureId">The failed capture.</param>
/// <param name="Attempt">How many captures of this application have failed so far.</param>
/// <param name="Reasons">One line per failed finger or face, e.g. "finger 2: quality 31 below 40".</param>
/// <param name="RecordedAt">When.</param>
public sealed record RecaptureNeeded(
    Guid ApplicationId, Guid CaptureId, int Attempt, IReadOnlyList<string> Reasons, DateTimeOffset RecordedAt);
