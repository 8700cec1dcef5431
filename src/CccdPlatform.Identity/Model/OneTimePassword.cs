using System.Security.Cryptography;

namespace CccdPlatform.Identity.Model;

/// <summary>A random password for a new or reset account, to be changed at its first sign-in.</summary>
public static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#%+-=?@";

    /// <summary>Eighteen characters, every class the password rules ask for, no look-alike letters.</summary>
    public static string New()
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new[] { Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols) }
            .Concat(Enumerable.Range(0, 14).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
