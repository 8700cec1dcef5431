using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Infrastructure;

/// <summary>
/// AES-256-GCM for biometric data at rest. A value is <c>key id (1 byte) | nonce (12) | tag (16) | ciphertext</c>,
/// with a fresh random nonce each time. The owning record's id and the field are authenticated with it, so a value
/// copied onto another citizen's record, or into another finger, fails to decrypt instead of being misattributed.
/// </summary>
public sealed class TemplateProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    private readonly byte _currentKeyId;
    private readonly Dictionary<byte, byte[]> _keys = [];

    public TemplateProtector(IOptions<TemplateProtectionOptions> options)
    {
        var settings = options.Value;
        if (settings.TemplateKeyId == 0)
        {
            throw new InvalidOperationException("Biometrics:TemplateKeyId must be 1 to 255.");
        }

        _currentKeyId = settings.TemplateKeyId;
        _keys[_currentKeyId] = KeyOf(settings.TemplateKey, "Biometrics:TemplateKey");
        foreach (var (id, key) in settings.RetiredTemplateKeys.Where(k => k.Key != _currentKeyId))
        {
            _keys[id] = KeyOf(key, $"Biometrics:RetiredTemplateKeys:{id}");
        }
    }

    public byte[] Protect(ReadOnlySpan<byte> plaintext, Guid owner, string field)
    {
        var value = new byte[HeaderSize + plaintext.Length];
        value[0] = _currentKeyId;
        var nonce = value.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_currentKeyId], TagSize);
        aes.Encrypt(nonce, plaintext, value.AsSpan(HeaderSize), value.AsSpan(1 + NonceSize, TagSize), Context(owner, field));
        return value;
    }

    public byte[] Protect(string plaintext, Guid owner, string field) => Protect(Encoding.UTF8.GetBytes(plaintext), owner, field);

    /// <exception cref="CryptographicException">The value was altered, belongs elsewhere, or its key is unknown.</exception>
    public byte[] Unprotect(ReadOnlySpan<byte> value, Guid owner, string field)
    {
        if (value.Length < HeaderSize || !_keys.TryGetValue(value[0], out var key))
        {
            throw new CryptographicException("The value is not protected with a known template key.");
        }

        var plaintext = new byte[value.Length - HeaderSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(value.Slice(1, NonceSize), value[HeaderSize..], value.Slice(1 + NonceSize, TagSize), plaintext, Context(owner, field));
        return plaintext;
    }

    public string UnprotectString(ReadOnlySpan<byte> value, Guid owner, string field) =>
        Encoding.UTF8.GetString(Unprotect(value, owner, field));

    private static byte[] Context(Guid owner, string field) => [.. owner.ToByteArray(), .. Encoding.UTF8.GetBytes(field)];

    private static byte[] KeyOf(string? base64, string setting)
    {
        var key = new byte[32];
        if (string.IsNullOrWhiteSpace(base64) || !Convert.TryFromBase64String(base64, key, out var length) || length != 32)
        {
            throw new InvalidOperationException($"{setting} must be the base64 of 32 random bytes.");
        }

        return key;
    }
}
