namespace CccdPlatform.ServiceDefaults.Authentication;

/// <summary>
/// How tokens are checked, from the <c>Authentication</c> configuration section. The identity service is the
/// <see cref="Authority"/>: its public URL (through the gateway) is the issuer of its tokens, and its keys are read from
/// its discovery document, at <see cref="MetadataAddress"/> when services reach it at another address. In development
/// the AppHost also hands every service the same generated <see cref="SigningKey"/> for <c>/dev/token</c>'s tokens.
/// No key lives in the source.
/// </summary>
public sealed class TokenOptions
{
    public const string Section = "Authentication";

    /// <summary>The identity service's public URL, the <c>iss</c> of its tokens.</summary>
    public string? Authority { get; set; }

    /// <summary>
    /// Where services read the discovery document, when not at the authority itself (e.g.
    /// <c>http://identity/.well-known/openid-configuration</c>, resolved by service discovery).
    /// </summary>
    public string? MetadataAddress { get; set; }

    /// <summary>The issuer of development tokens.</summary>
    public string Issuer { get; set; } = "cccd-platform-dev";

    public string Audience { get; set; } = "cccd-platform";

    /// <summary>Base64 of at least 32 random bytes, for HMAC-SHA256 development tokens.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
