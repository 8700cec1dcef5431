namespace CccdPlatform.Intake.Tests;

/// <summary>Application bodies as a station client sends them.</summary>
public static class ApplicationForms
{
    public static Dictionary<string, object?> Valid(string personalId = "038095001234") => new()
    {
        ["personalId"] = personalId,
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
