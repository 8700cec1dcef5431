namespace CccdPlatform.Biometrics.Model;

/// <summary>Where an application stands in biometrics.</summary>
public enum BiometricStatus
{
    AwaitingCapture,
    RecaptureNeeded,
    UnderReview,
    Accepted,

    /// <summary>A supervisor decided the face belongs to someone who already has an identity.</summary>
    HeldAsSamePerson,
}
