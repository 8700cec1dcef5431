namespace CccdPlatform.Intake.Apis;

/// <summary>Enum values from query strings by name only: "4" must not quietly mean the fifth value.</summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        result = default;
        return value is { Length: > 0 } && !value.All(char.IsAsciiDigit) && Enum.TryParse(value, ignoreCase: true, out result);
    }

    public static string Expected<TEnum>() where TEnum : struct, Enum => $"Use one of: {string.Join(", ", Enum.GetNames<TEnum>())}.";
}
