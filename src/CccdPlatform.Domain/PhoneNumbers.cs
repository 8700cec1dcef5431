using System.Text.RegularExpressions;

namespace CccdPlatform.Domain;

/// <summary>Vietnamese mobile numbers, stored as 10 digits starting with 0.</summary>
public static partial class PhoneNumbers
{
    /// <summary>"+84 912 345 678", "0912.345.678" -> "0912345678"; null when it is not a mobile number.</summary>
    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var digits = Separators().Replace(value, "");
        if (digits.StartsWith("+84", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }

        return Mobile().IsMatch(digits) ? digits : null;
    }

    /// <summary>"0912345678" -> "*******678": enough for an officer to confirm with the citizen.</summary>
    public static string Mask(string phoneNumber) => new string('*', phoneNumber.Length - 3) + phoneNumber[^3..];

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex Separators();

    // [0-9], not \d: \d also takes Arabic-Indic and other digits, which would then be stored as a "phone number".
    [GeneratedRegex(@"^0[35789][0-9]{8}$")]
    private static partial Regex Mobile();
}
