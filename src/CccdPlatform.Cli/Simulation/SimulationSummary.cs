using System.Text.Json.Serialization;

namespace CccdPlatform.Cli.Simulation;

/// <summary>A simulation run as <c>--json</c> writes it for scripts.</summary>
public sealed record SimulationSummary(
    string Target,
    DateTimeOffset StartedAt,
    double ElapsedSeconds,
    int Stations,
    int MobileTeams,
    int Concurrency,
    double TargetRate,
    double MaxScheduleLagMs,
    IReadOnlyList<OperationSummary> Operations)
{
    /// <summary>With <c>--reporting-lag</c>: from each 201 to the unit's figure in reporting.</summary>
    public ReportingLagSummary? ReportingLag { get; init; }

    [JsonIgnore]
    public OperationSummary Applications => Operations.First(o => o.Operation == nameof(Http.Operation.Application));
}
