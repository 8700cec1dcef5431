namespace CccdPlatform.EIdentification.Model;

public enum ActivationOutcome
{
    Activated,
    WrongCode,

    /// <summary>The code was wrong once too often: the account is now locked.</summary>
    LockedNow,
    Expired,
    NoCode,
    NotCreated,
    AlreadyActive,
    Locked,
}
