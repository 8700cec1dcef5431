namespace CccdPlatform.EIdentification.Model;

/// <summary>
/// Who may have an eID account, by age, as the law stood on the day of the request: the one place this is decided, for
/// officers' requests, requests on the application form and the citizen's own.
/// </summary>
public static class AccountAges
{
    /// <summary>Decree 69/2024 (and the Law on Identity) took effect; before it, Decree 59/2022 held.</summary>
    public static readonly DateOnly Decree69InForce = new(2024, 7, 1);

    /// <summary>From this age a citizen asks alone; under it, through their legal representative.</summary>
    public const int Adult = 14;

    /// <summary>Under this age no biometrics are taken, so no level 2 account.</summary>
    public const int LevelTwoFrom = 6;

    public static int AgeOn(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>One message per field the rules of <paramref name="day"/> refuse; empty when the request may go on.</summary>
    public static Dictionary<string, string[]> Refusals(DateOnly dateOfBirth, int level, bool hasRepresentative, DateOnly day)
    {
        var errors = new Dictionary<string, string[]>();
        var age = AgeOn(dateOfBirth, day);
        if (day < Decree69InForce)
        {
            if (age < Adult)
            {
                errors["dateOfBirth"] = [$"Before 1 July 2024 (Decree 59/2022) eID accounts were for citizens aged {Adult} and over."];
            }

            return errors;
        }

        if (age >= Adult)
        {
            if (hasRepresentative)
            {
                errors["representative"] = [$"A citizen aged {Adult} or over asks for their own account: leave the legal representative out."];
            }

            return errors;
        }

        if (!hasRepresentative)
        {
            errors["representative"] =
            [
                $"Under {Adult} an account is made on request of the legal representative: give their full name, ID number and relationship.",
            ];
        }

        if (age < LevelTwoFrom && level == 2)
        {
            errors["level"] = [$"Under {LevelTwoFrom} only a level 1 account (Decree 69/2024): no biometrics are taken before {LevelTwoFrom}."];
        }

        return errors;
    }
}
