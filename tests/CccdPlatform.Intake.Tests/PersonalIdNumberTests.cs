using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Tests;

public class PersonalIdNumberTests
{
    [Theory]
    [InlineData("1995-04-12", Sex.Male, '0')]
    [InlineData("1999-12-31", Sex.Female, '1')]
    [InlineData("2000-01-01", Sex.Male, '2')]
    [InlineData("2010-06-30", Sex.Female, '3')]
    [InlineData("2100-01-01", Sex.Male, '4')]
    [InlineData("2150-01-01", Sex.Female, '5')]
    public void TheFourthDigitEncodesSexAndCentury(string birth, Sex sex, char expected) =>
        Assert.Equal(expected, PersonalIdNumber.SexCenturyDigit(DateOnly.Parse(birth), female: sex == Sex.Female));

    [Fact]
    public void ANumberThatAgreesWithBirthAndSexHasNoDisagreement() =>
        Assert.Null(PersonalIdNumber.DisagreementWith("038095001234", new DateOnly(1995, 4, 12), female: false));

    [Fact]
    public void AWrongSexDigitIsExplained()
    {
        var why = PersonalIdNumber.DisagreementWith("038195001234", new DateOnly(1995, 4, 12), female: false);
        Assert.Contains("4th digit must be 0", why);
    }

    [Fact]
    public void AWrongYearIsExplained()
    {
        var why = PersonalIdNumber.DisagreementWith("038096001234", new DateOnly(1995, 4, 12), female: false);
        Assert.Contains("must be 95", why);
    }

    [Theory]
    [InlineData("038095001234", true)]
    [InlineData("38095001234", false)]
    [InlineData("0380950012345", false)]
    [InlineData("03809500123a", false)]
    [InlineData("０３８０９５００１２３４", false)]
    [InlineData(null, false)]
    public void OnlyTwelveAsciiDigitsHaveTheRightFormat(string? value, bool valid) =>
        Assert.Equal(valid, PersonalIdNumber.HasValidFormat(value));

    [Theory]
    [InlineData("38", "1995-04-12", false, 1234, "038095001234")]
    [InlineData("01", "2006-01-31", true, 999_999, "001306999999")]
    [InlineData("79", "1938-07-01", false, 0, "079038000000")]
    public void ANumberIsComposedFromProvinceSexCenturyYearAndSerial(string province, string birth, bool female, int serial, string expected)
    {
        var number = PersonalIdNumber.Compose(province, DateOnly.Parse(birth), female, serial);
        Assert.Equal(expected, number);
        Assert.Null(PersonalIdNumber.DisagreementWith(number, DateOnly.Parse(birth), female));
    }

    [Theory]
    [InlineData("038095001234", "38")]
    [InlineData("001095001234", "01")]
    [InlineData("138095001234", null)]
    public void TheFirstThreeDigitsNameTheBirthProvince(string value, string? province) =>
        Assert.Equal(province, PersonalIdNumber.ProvinceCodeOf(value));
}
