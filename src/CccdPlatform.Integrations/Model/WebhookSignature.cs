using System.Security.Cryptography;
using System.Text;

namespace CccdPlatform.Integrations.Model;

/// <summary>
/// How a webhook is signed: <c>X-Cccd-Signature: v1=</c> and the lowercase hex HMAC-SHA256, keyed with the
/// subscription's secret (its UTF-8 bytes), of <c>X-Cccd-Timestamp</c>, a dot and the body's exact bytes. The timestamp
/// is that of the attempt, so a receiver can refuse old copies replayed by someone else.
/// </summary>
public static class WebhookSignature
{
    public const string EventHeader = "X-Cccd-Event";
    public const string DeliveryHeader = "X-Cccd-Delivery";
    public const string TimestampHeader = "X-Cccd-Timestamp";
    public const string SignatureHeader = "X-Cccd-Signature";
    public const string Scheme = "v1=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes($"{timestamp}."), .. body];
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>A new secret: 32 random bytes, base64url, with a prefix that makes it recognisable in a leak scan.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
