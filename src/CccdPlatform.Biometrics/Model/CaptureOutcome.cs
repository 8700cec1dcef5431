namespace CccdPlatform.Biometrics.Model;

public enum CaptureOutcome
{
    /// <summary>Good enough, and no other person's face is too similar.</summary>
    Accepted,

    /// <summary>Failed the quality policy (or a renewal's face did not match the citizen's earlier one).</summary>
    RecaptureNeeded,

    /// <summary>Good enough, but very similar to another person's face: waits for adjudication.</summary>
    DuplicateSuspected,
}
