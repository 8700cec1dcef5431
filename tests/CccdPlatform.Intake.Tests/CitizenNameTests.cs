using System.Text;
using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Tests;

public class CitizenNameTests
{
    [Fact]
    public void DecomposedAccentsAreComposedAndSpacesCollapsed()
    {
        var decomposed = "  Nguyễn   Văn\tAn ".Normalize(NormalizationForm.FormD);
        Assert.Equal("Nguyễn Văn An".Normalize(NormalizationForm.FormC), CitizenName.Normalize(decomposed));
    }

    [Theory]
    [InlineData("Nguyễn Thị Minh Khai", true)]
    [InlineData("H'Hen Niê", true)]
    [InlineData("Nguyen 2", false)]
    [InlineData("<script>", false)]
    public void OnlyLettersSpacesApostrophesAndHyphensMakeAName(string name, bool valid) =>
        Assert.Equal(valid, CitizenName.HasOnlyNameCharacters(CitizenName.Normalize(name)));
}
