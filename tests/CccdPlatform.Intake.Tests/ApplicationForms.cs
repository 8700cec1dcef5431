using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;

namespace CccdPlatform.Intake.Tests;

/// <summary>Application bodies as a station client sends them, each for a citizen no other test uses.</summary>
public static class ApplicationForms
{
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
            ["districtCode"] = "380",
            ["communeCode"] = "14755",
            ["line"] = "12 Lê Lợi",
        },
        ["collectingUnitCode"] = "380",
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
