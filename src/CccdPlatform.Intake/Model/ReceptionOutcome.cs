namespace CccdPlatform.Intake.Model;

public enum ReceptionOutcome
{
    /// <summary>A new application was received.</summary>
    Created,

    /// <summary>The same work was received before (a retry or a resent batch); nothing new was created.</summary>
    AlreadyReceived,

    /// <summary>The Idempotency-Key was used before for a different request; nothing was created.</summary>
    KeyReused,

    /// <summary>The citizen already has an open application; nothing was created.</summary>
    OpenApplicationExists,
}
