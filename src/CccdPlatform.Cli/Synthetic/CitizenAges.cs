using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// The ages of the citizens who come on a collection day, by the card rules of that day (<see cref="CardRules.On"/>).
/// Before 1 July 2024 only citizens of 14 and over (the 2023 campaign): 14-17 12%, 18-39 40%, 40-59 32%, 60-90 16%.
/// From 1 July 2024 children apply too, on request, so below their share of the population (about a quarter):
/// 0-5 8%, 6-13 12%, 14-17 10%, 18-39 32%, 40-59 26%, 60-90 12%. Under either, one citizen in ten comes because they
/// reached a renewal age of the day's law (14, 25, 40, 60; 25, 40, 60 before July 2024) in the last six months.
/// </summary>
public static class CitizenAges
{
    private static readonly Weighted<(int From, int To)> FromFourteen = new(
        ((14, 17), 12), ((18, 39), 40), ((40, 59), 32), ((60, 90), 16));

    private static readonly Weighted<(int From, int To)> AllAges = new(
        ((0, 5), 8), ((6, 13), 12), ((14, 17), 10), ((18, 39), 32), ((40, 59), 26), ((60, 90), 12));

    private const int AtRenewalAgePercent = 10;

    /// <param name="mandatoryOnly">Only citizens who must have a card (14 and over): a roster's eligible citizens.</param>
    public static DateOnly DateOfBirth(Random random, DateOnly day, bool mandatoryOnly = false)
    {
        var rules = CardRules.On(day);
        if (random.Next(100) < AtRenewalAgePercent)
        {
            var age = rules.RenewalAges[random.Next(rules.RenewalAges.Count)];
            return day.AddYears(-age).AddDays(-random.Next(1, 180));
        }

        var band = (mandatoryOnly || rules.MinimumAge >= CardRules.MandatoryAge ? FromFourteen : AllAges).Pick(random);
        // A day or more older than the age: the platform checks the age on its own day of collection.
        return day.AddYears(-random.Next(band.From, band.To + 1)).AddDays(-1 - random.Next(0, 364));
    }

    /// <summary>True when the citizen reached one of the day's renewal ages in the last year, or does within the renewal window.</summary>
    public static bool AtRenewalAge(DateOnly birth, DateOnly day) => CardRules.On(day).RenewalAges
        .Any(age => birth.AddYears(age) is var birthday && birthday > day.AddYears(-1) && birthday <= day.AddDays(CardRules.RenewalWindowDays));

    /// <summary>
    /// The latest day on which the citizen could have got the card a renewal replaces (a birthday, or 1 July 2024 when
    /// children's cards began), by the rules of that day, so that the renewal is due (a day early, for the platform's own
    /// day); null when none is (a card issued at 14 lasts to 25).
    /// </summary>
    public static DateOnly? DueCardIssuedOn(DateOnly birth, DateOnly day)
    {
        var candidates = Enumerable.Range(0, Math.Max(0, day.Year - birth.Year))
            .Select(age => birth.AddYears(age))
            .Append(CardRules.IdentityLawInForce)
            .Where(issued => issued < day && CardRules.On(issued).MayApply(birth, issued))
            .OrderDescending();
        foreach (var issued in candidates)
        {
            if (CardRules.WhyRenewalIsNotDue(birth, issued, day.AddDays(-1)) is null)
            {
                return issued;
            }
        }

        return null;
    }
}
