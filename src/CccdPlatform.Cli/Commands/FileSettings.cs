using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary>A command that sends one file.</summary>
public sealed class FileSettings : ClientSettings
{
    [CommandArgument(0, "<file>")]
    [Description("The file to send.")]
    public string File { get; set; } = "";

    [CommandOption("--commune <CODE>")]
    [Description("For a roster: the commune whose eligible citizens the file lists.")]
    public string? Commune { get; set; }

    public override ValidationResult Validate() => System.IO.File.Exists(File)
        ? base.Validate()
        : ValidationResult.Error($"There is no file {File}.");
}
