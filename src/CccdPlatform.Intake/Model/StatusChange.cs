namespace CccdPlatform.Intake.Model;

/// <summary>One step in an application's history: who moved it from which status to which, when and why.</summary>
public sealed class StatusChange
{
    public long Id { get; init; }
    public Guid ApplicationId { get; init; }
    public ApplicationStatus? From { get; init; }
    public ApplicationStatus To { get; init; }
    public required string ChangedBy { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
    public string? Reason { get; init; }
}
