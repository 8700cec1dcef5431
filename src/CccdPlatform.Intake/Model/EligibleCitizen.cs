using CccdPlatform.Contracts;

namespace CccdPlatform.Intake.Model;

/// <summary>A citizen on a commune's roster of people who must have a card (14 and over).</summary>
public sealed class EligibleCitizen
{
    public required string PersonalId { get; init; }
    public required string CommuneCode { get; set; }

    /// <summary>The map <see cref="CommuneCode"/> belongs to: that of the day the roster was imported.</summary>
    public UnitMap Map { get; set; }
    public required string FullName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public Sex Sex { get; set; }
    public string? AddressLine { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public NotServedReason? Reason { get; set; }
    public string? ReasonNote { get; set; }
    public string? ReasonRecordedBy { get; set; }
    public DateTimeOffset? ReasonRecordedAt { get; set; }
}
