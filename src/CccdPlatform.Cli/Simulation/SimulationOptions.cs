namespace CccdPlatform.Cli.Simulation;

/// <summary>
/// A campaign run: how many stations and mobile teams, how many applications (or for how long), at what rate, and
/// what share also gets biometrics and an eID account.
/// </summary>
public sealed record SimulationOptions
{
    public int Stations { get; init; } = 20;
    public int MobileTeams { get; init; } = 10;

    /// <summary>Applications in total; with a duration too, whichever comes first.</summary>
    public long? Count { get; init; }
    public TimeSpan? Duration { get; init; }

    /// <summary>Applications started per second whatever the answers (open loop); 0: each slot starts the next at once.</summary>
    public double Rate { get; init; }

    /// <summary>Visits in progress at once; 0: one per station and team.</summary>
    public int Concurrency { get; init; }

    public double BiometricsShare { get; init; }
    public double EIdShare { get; init; }

    /// <summary>Request eID accounts with <c>POST /api/eid/accounts</c> after intake accepted, not on the form.</summary>
    public bool EIdThroughApi { get; init; }

    /// <summary>The collection day of every application (today when null): its card rules; the units given must be its map.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>The province whose stations and teams collect.</summary>
    public string Province { get; init; } = Synthetic.UnitList.ThanhHoa;

    public int? Seed { get; init; }
    public string? ReceiptsPath { get; init; }

    /// <summary>How long a capture or eID request waits for the platform to learn of the application.</summary>
    public TimeSpan FollowUpPatience { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan FollowUpPause { get; init; } = TimeSpan.FromMilliseconds(250);

    public int Workplaces => Stations + MobileTeams;
    public int Slots => Concurrency > 0 ? Concurrency : Math.Max(Workplaces, 1);
}
