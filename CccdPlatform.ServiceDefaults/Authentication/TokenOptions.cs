namespace CccdPlatform.ServiceDefaults.Authentication;

/// <summary>
/// How tokens are checked, from the <c>Authentication</c> configuration section. In production an OpenID Connect
/// <see cref="Authority"/> publishes the signing keys; in development the AppHost hands every service the same
/// generated <see cref="SigningKey"/>. No key lives in the source.
/// </summary>
public sealed class TokenOptions
{
    public const string Section = "Authentication";

    public string? Authority { get; set; }
    public string Issuer { get; set; } = "cccd-platform-dev";
    public string Audience { get; set; } = "cccd-platform";

    /// <summary>Base64 of at least 32 random bytes, for HMAC-SHA256 tokens.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
