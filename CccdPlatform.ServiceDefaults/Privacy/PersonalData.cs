using System.Text.RegularExpressions;

namespace CccdPlatform.ServiceDefaults.Privacy;

/// <summary>
/// Masks what must never reach a log or a trace: 12-digit personal identification numbers (only the province code is
/// kept) and long base64 runs such as biometric templates.
/// </summary>
public static partial class PersonalData
{
    public static string Mask(string text) =>
        text.Length < 12 ? text : Base64Run().Replace(IdNumber().Replace(text, m => m.Value[..3] + "*********"), "[base64 removed]");

    public static bool Contains(string text) => IdNumber().IsMatch(text) || Base64Run().IsMatch(text);

    [GeneratedRegex(@"(?<!\d)\d{12}(?!\d)")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"[A-Za-z0-9+/]{200,}={0,2}")]
    private static partial Regex Base64Run();
}
