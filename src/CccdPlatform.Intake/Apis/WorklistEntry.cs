using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Apis;

/// <summary>An eligible citizen who has not applied yet: who, where, and what the officers know about why.</summary>
public sealed record WorklistEntry(
    string PersonalId,
    string FullName,
    DateOnly DateOfBirth,
    Sex Sex,
    string? AddressLine,
    NotServedReason? Reason,
    string? ReasonNote,
    DateTimeOffset? ReasonRecordedAt);
