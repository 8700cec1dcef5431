namespace CccdPlatform.Biometrics.Infrastructure;

/// <summary>
/// Keys that encrypt templates and photo references at rest, from the <c>Biometrics</c> configuration section. No key
/// is in the source: the AppHost passes a generated one, a deployment a managed secret.
/// </summary>
public sealed class TemplateProtectionOptions
{
    public const string Section = "Biometrics";

    /// <summary>Base64 of 32 random bytes (AES-256-GCM): encrypts every new value.</summary>
    public string? TemplateKey { get; set; }

    /// <summary>1 to 255, written in front of every value so that keys can rotate.</summary>
    public byte TemplateKeyId { get; set; } = 1;

    /// <summary>Earlier keys by their id, still able to decrypt what they encrypted.</summary>
    public Dictionary<byte, string> RetiredTemplateKeys { get; set; } = [];
}
