using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

public class GatewaySettings : CommandSettings
{
    public const string DefaultGateway = "http://127.0.0.1:8080";

    [CommandOption("--gateway <URL>")]
    [Description("The platform's gateway.")]
    [DefaultValue(DefaultGateway)]
    public string Gateway { get; set; } = DefaultGateway;

    [CommandOption("--role <ROLE>")]
    [Description("The officer's role for a development token: StationOfficer, MobileOfficer, Supervisor, Operations, Integrator or Admin.")]
    [DefaultValue("StationOfficer")]
    public string Role { get; set; } = "StationOfficer";

    [CommandOption("--unit <CODE>")]
    [Description("The officer's unit for a development token: a province (38), district (380) or commune (14755).")]
    [DefaultValue("38")]
    public string Unit { get; set; } = "38";

    [CommandOption("--subject <NAME>")]
    [Description("Who the development token names.")]
    [DefaultValue("cccd-cli")]
    public string Subject { get; set; } = "cccd-cli";

    public override ValidationResult Validate() => Uri.TryCreate(Gateway, UriKind.Absolute, out _)
        ? ValidationResult.Success()
        : ValidationResult.Error($"--gateway {Gateway} is not an absolute URL.");
}
