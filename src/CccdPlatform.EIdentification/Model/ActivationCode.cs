using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CccdPlatform.EIdentification.Model;

/// <summary>
/// One-time activation codes: 6 random digits, kept only as a PBKDF2-SHA256 hash with a salt per code. A 6-digit code
/// cannot resist an offline search for long whatever the hash; what protects it is that it expires within minutes and
/// that a few wrong tries lock the account. The iterations make a stolen database slower to use within that window.
/// </summary>
public static class ActivationCode
{
    public const int Digits = 6;
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string New() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static bool HasValidFormat(string? code) => code is { Length: Digits } && code.All(char.IsAsciiDigit);

    public static (byte[] Salt, byte[] Hash) Protect(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return (salt, Derive(code, salt));
    }

    public static bool Matches(string code, byte[] salt, byte[] hash) =>
        CryptographicOperations.FixedTimeEquals(Derive(code, salt), hash);

    private static byte[] Derive(string code, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
