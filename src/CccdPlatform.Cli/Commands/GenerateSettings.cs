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

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("The collection day (today by default): its card rules and its map (province, district and commune before 1 July 2025; province and commune since).")]
    public DateOnly? Date { get; set; }

    [CommandOption("--province <CODE>")]
    [Description("The province whose units collect and whose citizens apply.")]
    [DefaultValue("38")]
    public string Province { get; set; } = "38";

    [CommandOption("--collecting-unit <CODE>")]
    [Description("The district or commune that collects (application, batch), in the day's map; by default 14797 (380 before 1 July 2025) in Thanh Hoa.")]
    public string? CollectingUnit { get; set; }

    [CommandOption("--commune <CODE>")]
    [Description("The roster's commune, in the day's map; by default 14797 (14755 before 1 July 2025) in Thanh Hoa.")]
    public string? Commune { get; set; }

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
