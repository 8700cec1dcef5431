using System.Security.Cryptography;
using System.Text;
using CccdPlatform.Integrations.Extensions;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Integrations.Infrastructure;

/// <summary>
/// AES-256-GCM for webhook signing secrets at rest: <c>nonce (12) | tag (16) | ciphertext</c>. The subscription's id
/// is authenticated with the value, so a secret copied onto another subscription does not decrypt.
/// </summary>
public sealed class SecretProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key = new byte[32];

    public SecretProtector(IOptions<IntegrationsOptions> options)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SecretKey)
            || !Convert.TryFromBase64String(options.Value.SecretKey, _key, out var length) || length != 32)
        {
            throw new InvalidOperationException("Integrations:SecretKey must be the base64 of 32 random bytes.");
        }
    }

    public byte[] Protect(string secret, Guid subscriptionId)
    {
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var value = new byte[NonceSize + TagSize + plaintext.Length];
        RandomNumberGenerator.Fill(value.AsSpan(0, NonceSize));
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(value.AsSpan(0, NonceSize), plaintext, value.AsSpan(NonceSize + TagSize),
            value.AsSpan(NonceSize, TagSize), subscriptionId.ToByteArray());
        return value;
    }

    /// <exception cref="CryptographicException">The value was altered, belongs to another subscription, or the key changed.</exception>
    public string Unprotect(byte[] value, Guid subscriptionId)
    {
        if (value.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The value is not a protected secret.");
        }

        var plaintext = new byte[value.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(value.AsSpan(0, NonceSize), value.AsSpan(NonceSize + TagSize), value.AsSpan(NonceSize, TagSize),
            plaintext, subscriptionId.ToByteArray());
        return Encoding.UTF8.GetString(plaintext);
    }
}
