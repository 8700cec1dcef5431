namespace CccdPlatform.Identity.Registry;

public enum RegistryOutcomeKind
{
    Created,
    Changed,

    /// <summary>The request asked for what is already there: no revision, no event.</summary>
    Unchanged,
    Invalid,
    NotFound,
    Forbidden,

    /// <summary>The item was retired or disbanded for good, or changed meanwhile by another request.</summary>
    Conflict,
}
