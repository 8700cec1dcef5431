using System.ComponentModel;
using CccdPlatform.Cli.Api;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary>
/// Who a command acts as: the officer signed in with <c>cccd login</c> to this gateway; or, when <c>--role</c>,
/// <c>--unit</c> or <c>--subject</c> is given or nobody is signed in, a development token (Development only).
/// </summary>
public class OfficerSettings : GatewaySettings
{
    [CommandOption("--role <ROLE>")]
    [Description("A development token's role (StationOfficer by default): StationOfficer, MobileOfficer, Supervisor, Operations, Integrator or Admin. Asks for a development token even when signed in.")]
    public string? Role { get; set; }

    [CommandOption("--unit <CODE>")]
    [Description("A development token's unit (38 by default): a province (38) or commune (14797). Asks for a development token even when signed in.")]
    public string? Unit { get; set; }

    [CommandOption("--subject <NAME>")]
    [Description("Who a development token names (cccd-cli by default). Asks for a development token even when signed in.")]
    public string? Subject { get; set; }

    public bool AsksForDevelopmentToken => Role is not null || Unit is not null || Subject is not null;

    public TokenRequest DevelopmentToken => new(Subject ?? "cccd-cli", Role ?? "StationOfficer", Unit ?? "38");
}
