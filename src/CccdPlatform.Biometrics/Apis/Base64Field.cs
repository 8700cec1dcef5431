namespace CccdPlatform.Biometrics.Apis;

/// <summary>Base64 fields of requests, decoded.</summary>
public static class Base64Field
{
    public static byte[]? TryDecode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var bytes = new byte[value.Length * 3 / 4];
        return Convert.TryFromBase64String(value, bytes, out var length) ? bytes[..length] : null;
    }
}
