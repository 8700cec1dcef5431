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

    /// <summary>
    /// A capture came before intake's ApplicationReceived: the row holds the application's place (no citizen, no unit)
    /// so that the capture and the event meet on one row, whichever comes first.
    /// </summary>
    Unannounced,
}
