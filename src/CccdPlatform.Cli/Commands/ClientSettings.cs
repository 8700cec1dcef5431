using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary>Where requests go and who sends them: a given token, the signed-in officer, or a development token.</summary>
public class ClientSettings : OfficerSettings
{
    [CommandOption("--intake <URL>")]
    [Description("Send /api/intake/... straight to the intake service at this address instead of through the gateway.")]
    public string? Intake { get; set; }

    [CommandOption("--token <TOKEN>")]
    [Description("A bearer token to use instead of the signed-in officer's or a development token.")]
    public string? Token { get; set; }

    [CommandOption("--units <FILE>")]
    [Description("The administrative unit list (code,name,level,parentCode); the copy built into the tool by default.")]
    public string? UnitsFile { get; set; }

    [CommandOption("--max-attempts <N>")]
    [Description("Attempts per request on network errors, 408, 429 (after Retry-After) and 5xx, with the same Idempotency-Key.")]
    [DefaultValue(8)]
    public int MaxAttempts { get; set; } = 8;

    public override ValidationResult Validate()
    {
        if (Intake is not null && !Uri.TryCreate(Intake, UriKind.Absolute, out _))
        {
            return ValidationResult.Error($"--intake {Intake} is not an absolute URL.");
        }

        return MaxAttempts < 1 ? ValidationResult.Error("--max-attempts must be 1 or more.") : base.Validate();
    }
}
