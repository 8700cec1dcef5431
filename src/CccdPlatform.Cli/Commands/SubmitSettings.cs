using System.ComponentModel;
using CccdPlatform.Cli.Api;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary>
/// An application from a JSON file, sent as it is; or, without a file, a synthetic citizen at a station of
/// <c>--collecting-unit</c>, with any field the flags give.
/// </summary>
public sealed class SubmitSettings : ClientSettings
{
    [CommandArgument(0, "[file]")]
    [Description("The application as JSON (the body of POST /api/intake/applications).")]
    public string? File { get; set; }

    [CommandOption("--idempotency-key <KEY>")]
    [Description("Sent with every attempt; a new one by default.")]
    public string? IdempotencyKey { get; set; }

    [CommandOption("--collecting-unit <CODE>")]
    [Description("Where it is collected (a commune of Thanh Hoa in today's map).")]
    [DefaultValue("14797")]
    public string CollectingUnit { get; set; } = "14797";

    [CommandOption("--personal-id <ID>")]
    public string? PersonalId { get; set; }

    [CommandOption("--full-name <NAME>")]
    public string? FullName { get; set; }

    [CommandOption("--date-of-birth <DATE>")]
    [Description("yyyy-MM-dd")]
    public DateOnly? DateOfBirth { get; set; }

    [CommandOption("--sex <SEX>")]
    public Sex? Sex { get; set; }

    [CommandOption("--phone <NUMBER>")]
    public string? Phone { get; set; }

    [CommandOption("--mobile-team <TEAM>")]
    [Description("Collected by this mobile team (channel Mobile) instead of at a station.")]
    public string? MobileTeam { get; set; }

    [CommandOption("--visit-type <TYPE>")]
    [Description("For a mobile team: Home, Hospital, WorkplaceOrSchool or Other.")]
    [DefaultValue(VisitType.Home)]
    public VisitType VisitType { get; set; } = VisitType.Home;

    [CommandOption("--eid-level <LEVEL>")]
    [Description("Also ask for an eID account of level 1 or 2.")]
    public int? EIdLevel { get; set; }
}
