using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CccdPlatform.Domain;
using CccdPlatform.Domain.Forms;

namespace CccdPlatform.Station.Forms;

/// <summary>
/// A province and a commune (and a line) as the officer types them. The commune is found by its code or its name,
/// or picked from the list ("Phường Hạc Thành (14797)"); what is not found is sent as typed, for the rules to name.
/// </summary>
public sealed partial class AddressDraft
{
    public string? ProvinceCode { get; set; }

    public string? CommuneText { get; set; }

    public string? Line { get; set; }

    public static string Choice(AdministrativeUnit commune) => $"{commune.Name} ({commune.Code})";

    public string? CommuneCode(AdministrativeUnits units)
    {
        var text = CommuneText?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (TrailingCode().Match(text) is { Success: true } code)
        {
            return code.Groups[1].Value;
        }

        var named = CommunesOf(units).Where(c => Folded(c.Name) == Folded(text) || Folded(c.EnglishName) == Folded(text)).ToList();
        return named.Count == 1 ? named[0].Code : text;
    }

    public IEnumerable<AdministrativeUnit> CommunesOf(AdministrativeUnits units) =>
        ProvinceCode is { Length: > 0 } province
            ? units.ChildrenOf(province).Where(u => u.Level == UnitLevel.Commune).OrderBy(u => Folded(u.Name), StringComparer.Ordinal)
            : [];

    public AddressInput ToAddress(AdministrativeUnits units) => new(Blank(ProvinceCode), null, CommuneCode(units), Blank(Line));

    public PlaceOfOriginInput ToPlaceOfOrigin(AdministrativeUnits units) => new(Blank(ProvinceCode), null, CommuneCode(units));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // "Phường Hạc Thành" and "phuong hac thanh" are the same name to an officer typing in a hurry.
    private static string Folded(string name)
    {
        var letters = name.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(letters.ToArray()).Replace('đ', 'd').Replace('Đ', 'D').ToLowerInvariant();
    }

    [GeneratedRegex(@"^(?:.*\()?(\d{5})\)?$")]
    private static partial Regex TrailingCode();
}
