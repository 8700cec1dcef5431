namespace CccdPlatform.Domain;

/// <summary>
/// The card rules in force on a day: who may apply, who applies through a legal representative, which biometrics are
/// taken and when a card expires. The Law on Citizen Identification 59/2014/QH13 until 30 June 2024, the Law on
/// Identity 26/2023/QH15 from 1 July 2024 (cards issued before stay valid until their own expiry). Ask
/// <see cref="On"/> with the day of the work, never today's date for work done earlier.
/// </summary>
public sealed class CardRules
{
    public static readonly DateOnly IdentityLawInForce = new(2024, 7, 1);

    /// <summary>The age from which every citizen must have a card, under both laws.</summary>
    public const int MandatoryAge = 14;

    /// <summary>A card issued less than this many years before a renewal age lasts to the next renewal age.</summary>
    public const int GraceYears = 2;

    /// <summary>
    /// The platform's choice, not the law's: a renewal is received from this many days before the current card's
    /// expiry, so that the citizen is not without a valid card while the new one is made.
    /// </summary>
    public const int RenewalWindowDays = 30;

    public static CardRules CitizenIdentification2014 { get; } = new(
        "Law on Citizen Identification 59/2014/QH13", DateOnly.MinValue, minimumAge: MandatoryAge, representedUnder: 0,
        biometricsFrom: MandatoryAge, irisesRequired: false, renewalAges: [25, 40, 60]);

    public static CardRules Identity2023 { get; } = new(
        "Law on Identity 26/2023/QH15", IdentityLawInForce, minimumAge: 0, representedUnder: MandatoryAge,
        biometricsFrom: 6, irisesRequired: true, renewalAges: [14, 25, 40, 60]);

    private CardRules(
        string law, DateOnly inForceFrom, int minimumAge, int representedUnder, int biometricsFrom, bool irisesRequired,
        int[] renewalAges)
    {
        Law = law;
        InForceFrom = inForceFrom;
        MinimumAge = minimumAge;
        RepresentedUnder = representedUnder;
        BiometricsFromAge = biometricsFrom;
        IrisesRequired = irisesRequired;
        RenewalAges = renewalAges;
    }

    /// <summary>The rules that held on <paramref name="day"/> (a Vietnamese calendar day).</summary>
    public static CardRules On(DateOnly day) => day < IdentityLawInForce ? CitizenIdentification2014 : Identity2023;

    public string Law { get; }
    public DateOnly InForceFrom { get; }

    /// <summary>The youngest age at which a card is issued (0: any age, on request).</summary>
    public int MinimumAge { get; }

    /// <summary>Below this age the application is made by the legal representative, who is recorded.</summary>
    public int RepresentedUnder { get; }

    /// <summary>From this age biometrics are taken; below it none.</summary>
    public int BiometricsFromAge { get; }

    public bool IrisesRequired { get; }

    /// <summary>The ages at which a card expires and must be renewed; after the last one a card is valid for life.</summary>
    public IReadOnlyList<int> RenewalAges { get; }

    /// <summary>At least <paramref name="years"/> old on the day; false, not an overflow, for a birth near the end of time.</summary>
    public static bool IsAtLeast(DateOnly birth, int years, DateOnly day) =>
        birth.Year <= DateOnly.MaxValue.Year - years && birth.AddYears(years) <= day;

    public bool MayApply(DateOnly birth, DateOnly day) => IsAtLeast(birth, MinimumAge, day);

    public bool NeedsRepresentative(DateOnly birth, DateOnly day) => !IsAtLeast(birth, RepresentedUnder, day);

    public BiometricsRequirement BiometricsFor(DateOnly birth, DateOnly day) =>
        !IsAtLeast(birth, BiometricsFromAge, day) ? BiometricsRequirement.None
        : IrisesRequired ? BiometricsRequirement.FaceFingersAndIrises
        : BiometricsRequirement.FaceAndFingers;

    /// <summary>
    /// The day a card issued on <paramref name="issuedOn"/> under these rules expires: the birthday of the next renewal
    /// age, unless the card was issued less than <see cref="GraceYears"/> before it, when it lasts to the one after;
    /// null when no renewal age is left (valid for life).
    /// </summary>
    public DateOnly? ExpiryOf(DateOnly birth, DateOnly issuedOn)
    {
        foreach (var age in RenewalAges)
        {
            if (birth.Year > DateOnly.MaxValue.Year - age)
            {
                return null;
            }

            var birthday = birth.AddYears(age);
            if (issuedOn < birthday.AddYears(-GraceYears))
            {
                return birthday;
            }
        }

        return null;
    }

    /// <summary>The expiry of a card issued on a day, by the rules of that day.</summary>
    public static DateOnly? ExpiryOfCardIssuedOn(DateOnly birth, DateOnly issuedOn) => On(issuedOn).ExpiryOf(birth, issuedOn);

    /// <summary>
    /// Why a renewal asked for on <paramref name="day"/> is not due, or null when it is: the current card expires within
    /// <see cref="RenewalWindowDays"/> days or has expired.
    /// </summary>
    public static string? WhyRenewalIsNotDue(DateOnly birth, DateOnly currentCardIssuedOn, DateOnly day)
    {
        if (ExpiryOfCardIssuedOn(birth, currentCardIssuedOn) is not { } expiry)
        {
            return $"No renewal is due: the current card, issued on {currentCardIssuedOn:yyyy-MM-dd}, is valid for life.";
        }

        var opens = expiry.AddDays(-RenewalWindowDays);
        return day < opens
            ? $"No renewal is due: the current card, issued on {currentCardIssuedOn:yyyy-MM-dd}, is valid until " +
              $"{expiry:yyyy-MM-dd}; a renewal is received from {opens:yyyy-MM-dd}, {RenewalWindowDays} days before."
            : null;
    }
}
