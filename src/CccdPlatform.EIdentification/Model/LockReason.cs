namespace CccdPlatform.EIdentification.Model;

public enum LockReason
{
    Officer,
    WrongCodes,
}
