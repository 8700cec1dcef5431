using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CccdPlatform.Identity.Model;

/// <summary>Integrators' client ids and secrets.</summary>
public static partial class IntegratorRules
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>The id is the tokens' subject and the audit's resource, whose column holds 64 characters.</summary>
    public const int MaxClientIdLength = 64;

    public const string ClientIdMessage =
        "A client id is 3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.";

    private const string Suffix = "abcdefghijkmnpqrstuvwxyz23456789";

    public static bool IsClientId(string? id) => id is { Length: >= 3 and <= MaxClientIdLength } && ClientIdPattern().IsMatch(id);

    /// <summary>
    /// The display name without diacritics, in lower case, words joined by '-', and a random suffix, so that two
    /// integrators of the same name get two ids: "Bảo hiểm xã hội" gives <c>bao-hiem-xa-hoi-k3v8dq</c>.
    /// </summary>
    public static string NewClientId(string displayName)
    {
        var folded = new StringBuilder();
        foreach (var c in displayName.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var words = string.Join('-', folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        words = words.Length == 0 ? "integrator" : words[..Math.Min(words.Length, 40)].TrimEnd('-');
        return $"{words}-{RandomNumberGenerator.GetString(Suffix, 6)}";
    }

    /// <summary>256 random bits, base64url: shown once, kept only as OpenIddict's hash.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex ClientIdPattern();
}
