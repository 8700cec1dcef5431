using System.Security.Cryptography;
using Aspire.Hosting.Publishing;

namespace CccdPlatform.AppHost;

/// <summary>
/// A parameter default of <paramref name="byteCount"/> cryptographically random bytes in base64, for
/// keys that must not live in the source. Configuration (<c>Parameters:NAME</c>) still wins over it.
/// </summary>
public sealed class RandomBase64ParameterDefault(int byteCount) : ParameterDefault
{
    public override string GetDefaultValue() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(byteCount));

    // A deployment cannot run this code, so the manifest asks it to generate an equally strong value:
    // 4 base64 characters carry 3 bytes.
    public override void WriteToManifest(ManifestPublishingContext context) =>
        new GenerateParameterDefault { MinLength = (byteCount + 2) / 3 * 4, Special = false }.WriteToManifest(context);
}
