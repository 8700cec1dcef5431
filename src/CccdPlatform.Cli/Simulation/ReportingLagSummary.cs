namespace CccdPlatform.Cli.Simulation;

/// <summary>From a 201 to reporting's figure: <see cref="Counted"/> of <see cref="Accepted"/> were counted while watched.</summary>
public sealed record ReportingLagSummary(string UnitCode, long Accepted, long Counted, LatencySummary Lag);
