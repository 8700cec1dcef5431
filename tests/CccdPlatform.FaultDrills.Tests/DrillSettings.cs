namespace CccdPlatform.FaultDrills.Tests;

/// <summary>
/// How long and how hard the drill runs, from the environment. The defaults are the short version the test command
/// runs; bench/drills.sh runs a longer one. With CCCD_DRILL_SEED the faults strike at random moments (the seed is
/// printed, so a run can be repeated).
/// </summary>
public sealed record DrillSettings(TimeSpan Duration, int PerSecond, int Stations, int? Seed)
{
    public static DrillSettings FromEnvironment() => new(
        TimeSpan.FromSeconds(Number("CCCD_DRILL_SECONDS") ?? 40),
        Number("CCCD_DRILL_RATE") ?? 40,
        Number("CCCD_DRILL_STATIONS") ?? 10,
        Number("CCCD_DRILL_SEED"));

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : null;
}
