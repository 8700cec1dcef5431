using CccdPlatform.Domain;

namespace CccdPlatform.Intake.Tests;

public class PhoneNumbersTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("(091) 234-5678", "0912345678")]
    [InlineData("0312345678", "0312345678")]
    public void AMobileNumberIsStoredAsTenDigitsStartingWithZero(string given, string stored) =>
        Assert.Equal(stored, PhoneNumbers.Normalize(given));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0241234567")]
    [InlineData("091234567")]
    [InlineData("09123456789")]
    [InlineData("+1 912 345 678")]
    [InlineData("0912 345 67a")]
    public void AnythingElseIsNotAMobileNumber(string? given) => Assert.Null(PhoneNumbers.Normalize(given));

    [Fact]
    public void AMaskedNumberShowsOnlyItsLastThreeDigits() => Assert.Equal("*******678", PhoneNumbers.Mask("0912345678"));
}
