using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

public sealed class SimulateSettings : ClientSettings
{
    [CommandOption("--stations <N>")]
    [Description("Fixed stations: district police first, then commune police, each with its own officer and machine.")]
    [DefaultValue(20)]
    public int Stations { get; set; } = 20;

    [CommandOption("--mobile-teams <N>")]
    [Description("Mobile teams visiting homes, hospitals, workplaces and schools.")]
    [DefaultValue(10)]
    public int MobileTeams { get; set; } = 10;

    [CommandOption("--count <N>")]
    [Description("Applications to submit (1000 when neither --count nor --duration is given).")]
    public long? Count { get; set; }

    [CommandOption("--duration <TIME>")]
    [Description("How long to start new applications: 90 (seconds), 30s, 5m, 1h.")]
    public string? Duration { get; set; }

    [CommandOption("--rate <PER_SECOND>")]
    [Description("Open loop: start this many applications per second whatever the answers. 0: as fast as the concurrency allows.")]
    [DefaultValue(0.0)]
    public double Rate { get; set; }

    [CommandOption("--concurrency <N>")]
    [Description("Visits in progress at once (0: one per station and team).")]
    [DefaultValue(0)]
    public int Concurrency { get; set; }

    [CommandOption("--biometrics <FRACTION>")]
    [Description("Share of accepted applications that also get a biometric capture (0 to 1).")]
    [DefaultValue(0.0)]
    public double Biometrics { get; set; }

    [CommandOption("--eid <FRACTION>")]
    [Description("Share of applications that ask for an eID account (0 to 1).")]
    [DefaultValue(0.0)]
    public double EId { get; set; }

    [CommandOption("--eid-via <WAY>")]
    [Description("form: an eIdRequest on the application; api: POST /api/eid/accounts once the application is accepted.")]
    [DefaultValue("form")]
    public string EIdVia { get; set; } = "form";

    [CommandOption("--receipts <FILE>")]
    [Description("Write applicationId,personalId for every 201 received.")]
    public string? Receipts { get; set; }

    [CommandOption("--json <FILE>")]
    [Description("Write the summary as JSON.")]
    public string? Json { get; set; }

    [CommandOption("--reporting-lag <UNIT>")]
    [Description("Also measure how long each accepted application takes to show in reporting's progress of this unit (e.g. 38).")]
    public string? ReportingLag { get; set; }

    [CommandOption("--no-register")]
    [Description("Do not register the stations, teams and machines in the identity service's registry first (done by default with a development Admin token, unless --token is given).")]
    public bool NoRegister { get; set; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("The collection day of every application (today by default): its card rules and its map; a past day is sent as collectedAt, which intake takes up to 90 days back.")]
    public DateOnly? Date { get; set; }

    [CommandOption("--province <CODE>")]
    [Description("The province whose stations and teams collect, in the day's map.")]
    [DefaultValue("38")]
    public string Province { get; set; } = "38";

    [CommandOption("--seed <N>")]
    [Description("Makes the citizens reproducible (ID numbers too: rerunning a seed meets its own open applications).")]
    public int? Seed { get; set; }

    public TimeSpan? DurationValue => ParseDuration(Duration);

    public static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (number, unit) = char.IsAsciiLetter(text[^1]) ? (text[..^1], text[^1]) : (text, 's');
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? unit switch
            {
                's' => TimeSpan.FromSeconds(value),
                'm' => TimeSpan.FromMinutes(value),
                'h' => TimeSpan.FromHours(value),
                _ => null,
            }
            : null;
    }

    public override ValidationResult Validate()
    {
        string? error = (Stations, MobileTeams) switch
        {
            ( < 0, _) or (_, < 0) => "--stations and --mobile-teams cannot be negative.",
            (0, 0) => "Give at least one station or mobile team.",
            _ when Duration is not null && DurationValue is null => $"--duration {Duration} is not a duration like 90, 30s, 5m or 1h.",
            _ when Count is <= 0 => "--count must be positive.",
            _ when Rate < 0 || Concurrency < 0 => "--rate and --concurrency cannot be negative.",
            _ when Biometrics is < 0 or > 1 || EId is < 0 or > 1 => "--biometrics and --eid are fractions from 0 to 1.",
            _ when EIdVia is not ("form" or "api") => "--eid-via is form or api.",
            _ => null,
        };
        return error is null ? base.Validate() : ValidationResult.Error(error);
    }
}
