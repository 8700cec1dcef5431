namespace CccdPlatform.Identity.Infrastructure.Keys;

/// <summary>
/// A key of the token server, its private part protected by Data Protection (whose own key ring is in this database
/// too). Signing keys are published in the JWKS while a token they signed may still be presented.
/// </summary>
public sealed class TokenKey
{
    public Guid Id { get; init; }

    public TokenKeyUse Use { get; init; }

    /// <summary>The <c>kid</c> published in the JWKS and named in each token's header.</summary>
    public required string KeyId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The key material (RSA private key in PKCS#8, or AES key bytes), protected.</summary>
    public required string ProtectedMaterial { get; init; }
}
