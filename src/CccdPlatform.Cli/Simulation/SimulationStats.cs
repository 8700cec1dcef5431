using CccdPlatform.Cli.Http;

namespace CccdPlatform.Cli.Simulation;

/// <summary>The counters of a run, per operation; fed by the client on every attempt and by the simulator.</summary>
public sealed class SimulationStats : IAttemptObserver
{
    public OperationStats Applications { get; } = new(nameof(Operation.Application));
    public OperationStats Captures { get; } = new(nameof(Operation.Capture));
    public OperationStats EIds { get; } = new(nameof(Operation.EId));

    public IEnumerable<OperationStats> All => [Applications, Captures, EIds];

    public OperationStats? Of(Operation operation) => operation switch
    {
        Operation.Application => Applications,
        Operation.Capture => Captures,
        Operation.EId => EIds,
        _ => null,
    };

    public void Answered(Operation operation, int status, long elapsedTicks) => Of(operation)?.Answered(status, elapsedTicks);

    public void NoAnswer(Operation operation) => Of(operation)?.NoAnswer();
}
