using System.Globalization;
using System.Text;

namespace CccdPlatform.Domain.Forms;

/// <summary>Vietnamese full names as stored: Unicode NFC (one code point per accented letter), single spaces.</summary>
public static class CitizenName
{
    public const int MaxLength = 100;

    public static string Normalize(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Letters (any script, with their combining marks), spaces, and the odd apostrophe or hyphen.</summary>
    public static bool HasOnlyNameCharacters(string name) => name.All(c =>
        char.IsLetter(c) || c is ' ' or '\'' or '-'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
}
