namespace CccdPlatform.Biometrics.Model;

public enum CaptureOutcome
{
    /// <summary>Good enough, and no other person's face is too similar.</summary>
    Accepted,

    /// <summary>Failed the quality policy (or a renewal's face did not match the citizen's earlier one).</summary>
    RecaptureNeeded,

    /// <summary>Good enough, but very similar to another person's face: waits for adjudication.</summary>
    DuplicateSuspected,

    /// <summary>Held, encrypted, until intake announces the application; screened as soon as it does.</summary>
    WaitingForApplication,

    /// <summary>Held, then refused once the application was known, for the reason the API would have answered.</summary>
    Refused,

    /// <summary>Held longer than <c>Biometrics:HeldCaptures:ExpireAfter</c> without its application; templates deleted.</summary>
    Expired,
}
