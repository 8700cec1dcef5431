using System.Text;

namespace CccdPlatform.EIdentification.Model;

/// <summary>Compares the identity given with an account request against what intake holds for the citizen.</summary>
public static class IdentityCheck
{
    /// <summary>One message per field that does not match; empty when everything matches.</summary>
    public static Dictionary<string, string[]> Mismatches(Citizen held, string fullName, DateOnly dateOfBirth, Sex sex)
    {
        var mismatches = new Dictionary<string, string[]>();
        if (Comparable(fullName) != Comparable(held.FullName))
        {
            mismatches["fullName"] = ["The full name does not match the name intake holds for this citizen."];
        }

        if (dateOfBirth != held.DateOfBirth)
        {
            mismatches["dateOfBirth"] = ["The date of birth does not match the one intake holds for this citizen."];
        }

        if (sex != held.Sex)
        {
            mismatches["sex"] = ["The sex does not match the one intake holds for this citizen."];
        }

        return mismatches;
    }

    /// <summary>NFC, single spaces, upper case: "nguyễn  văn an" (decomposed) and "Nguyễn Văn An" compare equal.</summary>
    public static string Comparable(string name) => string.Join(' ',
        name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .ToUpperInvariant()
        .Normalize(NormalizationForm.FormC);
}
