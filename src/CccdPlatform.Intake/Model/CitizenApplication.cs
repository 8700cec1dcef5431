namespace CccdPlatform.Intake.Model;

/// <summary>A citizen's CCCD application as intake received it.</summary>
public sealed class CitizenApplication
{
    public Guid Id { get; init; }
    public required string PersonalId { get; init; }
    public required string FullName { get; init; }
    public DateOnly DateOfBirth { get; init; }
    public Sex Sex { get; init; }
    public required Address PermanentAddress { get; init; }
    public required string CollectingUnitCode { get; init; }
    public Channel Channel { get; init; }
    public ApplicationStatus Status { get; set; }
    public DateTimeOffset CollectedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The subject of the officer's token.</summary>
    public required string CollectedBy { get; init; }
}
