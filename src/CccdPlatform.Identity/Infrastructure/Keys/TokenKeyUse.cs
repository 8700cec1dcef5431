namespace CccdPlatform.Identity.Infrastructure.Keys;

public enum TokenKeyUse
{
    /// <summary>RS256: access and identity tokens, published in the JWKS.</summary>
    Signing,

    /// <summary>AES-256: the server's own codes and refresh tokens, never published.</summary>
    Encryption,
}
