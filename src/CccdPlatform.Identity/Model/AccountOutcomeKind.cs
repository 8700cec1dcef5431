namespace CccdPlatform.Identity.Model;

public enum AccountOutcomeKind
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
}
