using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Intake.Tests;

/// <summary>
/// Application bodies as a station client sends them, each for a citizen no other test uses. Collected today, so in the
/// two-tier map: province and commune, no district.
/// </summary>
public static class ApplicationForms
{
    /// <summary>Phường Hạc Thành (Thanh Hóa), formed on 1 July 2025 from the old city's wards: the default form's commune.</summary>
    public const string Commune = "14797";

    /// <summary>Xã Cẩm Thuỷ (Thanh Hóa): a commune of the same province that is not <see cref="Commune"/>.</summary>
    public const string OtherCommune = "15127";

    /// <summary>A fresh ID number of a man born in Thanh Hoa in 1995 (the default form's citizen).</summary>
    public static string NewPersonalId(string prefix = "038095") => prefix + Random.Shared.Next(0, 1_000_000).ToString("D6");

    public static Dictionary<string, object?> Valid(string? personalId = null) => new()
    {
        ["personalId"] = personalId ?? NewPersonalId(),
        ["fullName"] = "Nguyễn Văn An",
        ["dateOfBirth"] = "1995-04-12",
        ["sex"] = "Male",
        ["permanentAddress"] = new Dictionary<string, object?>
        {
            ["provinceCode"] = "38",
            ["communeCode"] = Commune,
            ["line"] = "12 Lê Lợi",
        },
        ["collectingUnitCode"] = Commune,
        ["channel"] = "Station",
    };

    /// <summary>A citizen (a boy born in Thanh Hoa) who turned <paramref name="years"/> some days before today in Vietnam.</summary>
    public static Dictionary<string, object?> Aged(int years, int daysPastBirthday = 10)
    {
        var birth = VietnamTime.DateOf(DateTimeOffset.UtcNow).AddYears(-years).AddDays(-daysPastBirthday);
        return Valid(PersonalIdNumber.Compose("38", birth, female: false, Random.Shared.Next(0, PersonalIdNumber.MaxSerial + 1)))
            .With("dateOfBirth", birth.ToString("yyyy-MM-dd"));
    }

    /// <summary>A mother applying for her child, with an ID number no citizen of the tests uses.</summary>
    public static Dictionary<string, object?> Representative(string? personalId = null) => new()
    {
        ["fullName"] = "Lê Thị Hoa",
        ["personalId"] = personalId ?? NewPersonalId("038190"),
        ["relationship"] = "Mother",
    };

    public static Dictionary<string, object?> Mobile(string? personalId = null) => Valid(personalId)
        .With("channel", "Mobile")
        .With("visitType", "Home")
        .With("teamCode", "TEAM-380-01")
        .With("machineId", "KIT-0001");

    /// <summary>
    /// The form as collected on <paramref name="collectedAt"/>, before 1 July 2025: the three-tier map's province, district
    /// (Thanh Hóa city, 380) and commune (Phường Hàm Rồng, 14755), collected by the city's police.
    /// </summary>
    public static Dictionary<string, object?> InThreeTierMap(this Dictionary<string, object?> form, DateTimeOffset collectedAt) => form
        .With("collectedAt", collectedAt)
        .With("collectingUnitCode", "380")
        .WithAddress("districtCode", "380")
        .WithAddress("communeCode", "14755");

    public static Dictionary<string, object?> With(this Dictionary<string, object?> form, string field, object? value)
    {
        form[field] = value;
        return form;
    }

    public static Dictionary<string, object?> WithAddress(this Dictionary<string, object?> form, string field, object? value)
    {
        ((Dictionary<string, object?>)form["permanentAddress"]!)[field] = value;
        return form;
    }
}
