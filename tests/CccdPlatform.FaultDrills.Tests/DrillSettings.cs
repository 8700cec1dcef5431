namespace CccdPlatform.FaultDrills.Tests;

/// <summary>
/// How long and how hard the drill runs, from the environment. The defaults are the short version the test command
/// runs; bench/drills.sh runs a longer one. With CCCD_DRILL_SEED the faults strike at random moments (the seed is
/// printed, so a run can be repeated). CCCD_DRILL_EXTRA_FAULTS adds that many kills -9 of processes drawn at random,
/// at random moments, which nobody announces to the drill: its supervisor finds them dead and starts them again.
/// </summary>
public sealed record DrillSettings(TimeSpan Duration, int PerSecond, int Stations, int? Seed, int ExtraFaults)
{
    public static DrillSettings FromEnvironment() => new(
        TimeSpan.FromSeconds(Number("CCCD_DRILL_SECONDS") ?? 40),
        Number("CCCD_DRILL_RATE") ?? 40,
        Number("CCCD_DRILL_STATIONS") ?? 10,
        Number("CCCD_DRILL_SEED"),
        Number("CCCD_DRILL_EXTRA_FAULTS") ?? 0);

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : null;
}
