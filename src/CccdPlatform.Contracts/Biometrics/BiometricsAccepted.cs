namespace CccdPlatform.Contracts.Biometrics;

/// <summary>
/// Version 1. An application's biometrics are good enough and no duplicate identity stands in the way (none was
/// suspected, or a supervisor decided the suspected match is a different person). Carries no biometric data.
/// </summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CaptureId">The accepted capture.</param>
/// <param name="Forced">True when a supervisor force-accepted a capture that failed the quality policy.</param>
/// <param name="AcceptedAt">When.</param>
public sealed record BiometricsAccepted(Guid ApplicationId, Guid CaptureId, bool Forced, DateTimeOffset AcceptedAt);
