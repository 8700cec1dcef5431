namespace CccdPlatform.Domain;

/// <summary>
/// The 12-digit personal identification number: digits 1-3 the province where the birth was registered, digit 4 sex
/// and century (even male, odd female; 0/1 for 1900-1999, 2/3 for 2000-2099, and so on), digits 5-6 the last two
/// digits of the year of birth, digits 7-12 a random number. Events carry it as <c>personalId</c>; intake checks it
/// and clients (the <c>cccd</c> simulator, tests) compose it with the same rules.
/// </summary>
public static class PersonalIdNumber
{
    /// <summary>Always 12 digits.</summary>
    public const int Length = 12;

    /// <summary>The largest random part (digits 7-12).</summary>
    public const int MaxSerial = 999_999;

    /// <summary>True for exactly 12 ASCII digits.</summary>
    public static bool HasValidFormat(string? value) => value is { Length: Length } && value.All(char.IsAsciiDigit);

    /// <summary>The 2-digit province code the number names ("038" -> "38"), or null if it cannot name one.</summary>
    public static string? ProvinceCodeOf(string value) => value[0] == '0' ? value[1..3] : null;

    /// <summary>The 4th digit for a date of birth and sex.</summary>
    public static char SexCenturyDigit(DateOnly dateOfBirth, bool female)
    {
        var centuryIndex = dateOfBirth.Year / 100 - 19;
        return (char)('0' + centuryIndex * 2 + (female ? 1 : 0));
    }

    /// <summary>The number of a citizen whose birth was registered in a province ("38"), with a random part of 0-999999.</summary>
    public static string Compose(string provinceCode, DateOnly dateOfBirth, bool female, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(provinceCode.Length, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, MaxSerial);
        return string.Create(Length, (provinceCode, dateOfBirth, female, serial), static (digits, input) =>
        {
            digits[0] = '0';
            input.provinceCode.CopyTo(digits[1..]);
            digits[3] = SexCenturyDigit(input.dateOfBirth, input.female);
            (input.dateOfBirth.Year % 100).TryFormat(digits[4..6], out _, "00");
            input.serial.TryFormat(digits[6..], out _, "000000");
        });
    }

    /// <summary>Why the number disagrees with the date of birth and sex, or null when it agrees.</summary>
    public static string? DisagreementWith(string value, DateOnly dateOfBirth, bool female)
    {
        if (dateOfBirth.Year is < 1900 or > 2399)
        {
            return null;
        }

        var expected = SexCenturyDigit(dateOfBirth, female);
        if (value[3] != expected)
        {
            return $"The 4th digit must be {expected} for a {(female ? "female" : "male")} born in " +
                   $"{dateOfBirth.Year / 100 * 100}-{dateOfBirth.Year / 100 * 100 + 99}, but it is {value[3]}.";
        }

        var year = (dateOfBirth.Year % 100).ToString("00");
        return value.AsSpan(4, 2).SequenceEqual(year)
            ? null
            : $"Digits 5-6 must be {year}, the last two digits of the year of birth, but they are {value[4..6]}.";
    }
}
