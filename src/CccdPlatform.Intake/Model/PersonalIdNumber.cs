namespace CccdPlatform.Intake.Model;

/// <summary>
/// The 12-digit personal identification number: digits 1-3 the province where the birth was registered, digit 4 sex
/// and century (even male, odd female; 0/1 for 1900-1999, 2/3 for 2000-2099, and so on), digits 5-6 the last two
/// digits of the year of birth, digits 7-12 a random number.
/// </summary>
public static class PersonalIdNumber
{
    public const int Length = 12;

    public static bool HasValidFormat(string? value) => value is { Length: Length } && value.All(char.IsAsciiDigit);

    /// <summary>The 2-digit province code the number names ("038" -> "38"), or null if it cannot name one.</summary>
    public static string? ProvinceCodeOf(string value) => value[0] == '0' ? value[1..3] : null;

    public static char SexCenturyDigit(DateOnly dateOfBirth, Sex sex)
    {
        var centuryIndex = dateOfBirth.Year / 100 - 19;
        return (char)('0' + centuryIndex * 2 + (sex == Sex.Female ? 1 : 0));
    }

    /// <summary>Why the number disagrees with the date of birth and sex, or null when it agrees.</summary>
    public static string? DisagreementWith(string value, DateOnly dateOfBirth, Sex sex)
    {
        if (dateOfBirth.Year is < 1900 or > 2399)
        {
            return null;
        }

        var expected = SexCenturyDigit(dateOfBirth, sex);
        if (value[3] != expected)
        {
            return $"The 4th digit must be {expected} for a {sex.ToString().ToLowerInvariant()} born in " +
                   $"{dateOfBirth.Year / 100 * 100}-{dateOfBirth.Year / 100 * 100 + 99}, but it is {value[3]}.";
        }

        var year = (dateOfBirth.Year % 100).ToString("00");
        return value.AsSpan(4, 2).SequenceEqual(year)
            ? null
            : $"Digits 5-6 must be {year}, the last two digits of the year of birth, but they are {value[4..6]}.";
    }
}
