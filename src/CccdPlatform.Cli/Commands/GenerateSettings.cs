using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

public sealed class GenerateSettings : CommandSettings
{
    [CommandArgument(0, "<kind>")]
    [Description("application (one JSON form), batch (an offline batch of a mobile team) or roster (a commune's CSV).")]
    public string Kind { get; set; } = "";

    [CommandOption("--count <N>")]
    [Description("Items of a batch, rows of a roster.")]
    [DefaultValue(10)]
    public int Count { get; set; } = 10;

    [CommandOption("--collecting-unit <CODE>")]
    [Description("The commune that collects (application, batch), in today's map.")]
    [DefaultValue("14797")]
    public string CollectingUnit { get; set; } = "14797";

    [CommandOption("--commune <CODE>")]
    [Description("The roster's commune.")]
    [DefaultValue("14797")]
    public string Commune { get; set; } = "14797";

    [CommandOption("--seed <N>")]
    public int? Seed { get; set; }

    [CommandOption("--units <FILE>")]
    public string? UnitsFile { get; set; }

    [CommandOption("--out <FILE>")]
    [Description("Write here instead of to standard output.")]
    public string? Out { get; set; }

    public override ValidationResult Validate() => Kind is "application" or "batch" or "roster"
        ? Count is > 0 and <= 100_000 ? ValidationResult.Success() : ValidationResult.Error("--count is 1 to 100000.")
        : ValidationResult.Error("The kind is application, batch or roster.");
}
