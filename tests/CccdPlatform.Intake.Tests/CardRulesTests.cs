using CccdPlatform.Domain;

namespace CccdPlatform.Intake.Tests;

public class CardRulesTests
{
    private static readonly DateOnly LastDayOf2014Law = new(2024, 6, 30);
    private static readonly DateOnly FirstDayOfIdentityLaw = new(2024, 7, 1);

    [Fact]
    public void TheLawOnIdentityHoldsFromTheFirstOfJuly2024AndTheCitizenIdentificationLawTheDayBefore()
    {
        Assert.Same(CardRules.CitizenIdentification2014, CardRules.On(LastDayOf2014Law));
        Assert.Same(CardRules.Identity2023, CardRules.On(FirstDayOfIdentityLaw));
        Assert.Same(CardRules.CitizenIdentification2014, CardRules.On(new DateOnly(2023, 4, 29)));
        Assert.Same(CardRules.Identity2023, CardRules.On(new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void BeforeJuly2024OnlyCitizensOf14AndOverApplyAndNeverThroughARepresentative()
    {
        var rules = CardRules.On(LastDayOf2014Law);
        Assert.False(rules.MayApply(new DateOnly(2010, 7, 1), LastDayOf2014Law));
        Assert.True(rules.MayApply(new DateOnly(2010, 6, 30), LastDayOf2014Law));
        Assert.False(rules.NeedsRepresentative(new DateOnly(2010, 6, 30), LastDayOf2014Law));
    }

    [Fact]
    public void FromJuly2024AChildOfAnyAgeAppliesThroughTheLegalRepresentativeUntil14()
    {
        var rules = CardRules.On(FirstDayOfIdentityLaw);
        Assert.True(rules.MayApply(new DateOnly(2024, 6, 1), FirstDayOfIdentityLaw));
        Assert.True(rules.NeedsRepresentative(new DateOnly(2010, 7, 2), FirstDayOfIdentityLaw));
        Assert.False(rules.NeedsRepresentative(new DateOnly(2010, 7, 1), FirstDayOfIdentityLaw));
    }

    [Theory]
    [InlineData("2024-06-30", "2010-06-30", BiometricsRequirement.FaceAndFingers)]
    [InlineData("2024-06-30", "1960-01-01", BiometricsRequirement.FaceAndFingers)]
    [InlineData("2024-07-01", "2018-07-02", BiometricsRequirement.None)]
    [InlineData("2024-07-01", "2018-07-01", BiometricsRequirement.FaceFingersAndIrises)]
    [InlineData("2024-07-01", "1960-01-01", BiometricsRequirement.FaceFingersAndIrises)]
    public void BiometricsDependOnTheAgeAndTheRulesOfTheDay(string day, string birth, BiometricsRequirement expected)
    {
        var on = DateOnly.Parse(day);
        Assert.Equal(expected, CardRules.On(on).BiometricsFor(DateOnly.Parse(birth), on));
    }

    [Theory]
    // From July 2024: 14, 25, 40, 60; a card issued less than two years before one of those ages lasts to the next.
    [InlineData("2020-03-10", "2025-01-01", "2034-03-10")]
    [InlineData("2020-03-10", "2032-03-09", "2034-03-10")]
    [InlineData("2020-03-10", "2032-03-10", "2045-03-10")]
    [InlineData("2001-03-10", "2026-03-10", "2041-03-10")]
    [InlineData("1990-05-01", "2028-05-01", "2050-05-01")]
    [InlineData("1970-05-01", "2028-04-30", "2030-05-01")]
    [InlineData("1970-05-01", "2028-05-01", null)]
    [InlineData("1960-05-01", "2025-01-01", null)]
    // Before July 2024: 25, 40, 60 with the same two-year rule.
    [InlineData("2008-02-01", "2023-04-29", "2033-02-01")]
    [InlineData("2000-02-01", "2023-01-31", "2025-02-01")]
    [InlineData("2000-02-01", "2023-02-01", "2040-02-01")]
    [InlineData("1965-02-01", "2023-04-29", null)]
    public void ACardExpiresAtTheNextRenewalAgeByTheRulesOfItsIssueDay(string birth, string issuedOn, string? expiry) =>
        Assert.Equal(expiry is null ? null : DateOnly.Parse(expiry),
            CardRules.ExpiryOfCardIssuedOn(DateOnly.Parse(birth), DateOnly.Parse(issuedOn)));

    [Fact]
    public void ARenewalIsDueFromThirtyDaysBeforeTheCurrentCardExpires()
    {
        var birth = new DateOnly(2001, 3, 10);
        var issuedAt16 = new DateOnly(2017, 5, 2);
        Assert.Contains("valid until 2026-03-10", CardRules.WhyRenewalIsNotDue(birth, issuedAt16, new DateOnly(2026, 2, 7)));
        Assert.Null(CardRules.WhyRenewalIsNotDue(birth, issuedAt16, new DateOnly(2026, 2, 8)));
        Assert.Null(CardRules.WhyRenewalIsNotDue(birth, issuedAt16, new DateOnly(2026, 12, 7)));
        Assert.Contains("valid for life", CardRules.WhyRenewalIsNotDue(new DateOnly(1960, 1, 1), new DateOnly(2019, 1, 1), new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void ABirthNearTheEndOfTimeIsNeitherOldEnoughNorAnOverflow()
    {
        Assert.False(CardRules.IsAtLeast(DateOnly.MaxValue, 14, DateOnly.MaxValue));
        Assert.Null(CardRules.Identity2023.ExpiryOf(DateOnly.MaxValue, DateOnly.MaxValue));
    }
}
