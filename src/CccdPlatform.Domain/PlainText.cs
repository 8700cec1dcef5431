using FluentValidation;

namespace CccdPlatform.Domain;

/// <summary>
/// Text as people type it: no control characters (PostgreSQL cannot even store U+0000), and no line breaks in a
/// one-line field such as a name, an address line or an id.
/// </summary>
public static class PlainText
{
    public const string OneLineMessage = "Use printable text on one line: no control characters or line breaks.";
    public const string MultiLineMessage = "Use printable text: no control characters.";

    public static bool IsPlain(string? value, bool multiLine = false) =>
        value is null || !value.Any(c => char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t'));

    public static IRuleBuilderOptions<T, string?> OneLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => IsPlain(value)).WithMessage(OneLineMessage);

    public static IRuleBuilderOptions<T, string?> MultiLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => IsPlain(value, multiLine: true)).WithMessage(MultiLineMessage);
}
