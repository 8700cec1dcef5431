namespace CccdPlatform.EIdentification.Model;

public enum RequestKind
{
    NewAccount,

    /// <summary>A level 1 account to become level 2; the account keeps its id.</summary>
    Upgrade,
}
