namespace CccdPlatform.Intake.Model;

/// <summary>An item of a mobile team's offline batch that created an application, keyed by machine and client item id.</summary>
public sealed class BatchItem
{
    public required string MachineId { get; init; }
    public required string ClientItemId { get; init; }
    public required string BatchId { get; init; }
    public Guid ApplicationId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
