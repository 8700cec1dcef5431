using System.Text.RegularExpressions;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;

namespace CccdPlatform.Identity.Registry;

/// <summary>The registry's field rules, written once for the three forms and the codes in the routes.</summary>
public static partial class RegistryRules
{
    public const string CodeMessage = "A code is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.";

    /// <summary>Codes travel in URLs, headers and reports: nothing that needs escaping or hides a typo.</summary>
    public static bool IsCode(string? code) => code is { Length: > 0 and <= RegistryModelBuilderExtensions.MaxCodeLength } && CodePattern().IsMatch(code);

    /// <summary>A unit of today's map: what is registered or created now (an old code is told what it became).</summary>
    public static IRuleBuilderOptionsConditions<T, string?> MustNameAUnit<T>(this IRuleBuilder<T, string?> rule, UnitMaps maps, TimeProvider clock) =>
        rule.NotEmpty().Custom((code, context) =>
        {
            if (code is { Length: > 0 } && maps.WhyNotAUnitOf(maps.Today(clock), code, "The unit code names no administrative unit.") is { } why)
            {
                context.AddFailure(why);
            }
        });

    public static IRuleBuilderOptions<T, string?> MustBeAName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(RegistryModelBuilderExtensions.MaxNameLength);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex CodePattern();
}
