using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Apis;

/// <summary>A line of a search result.</summary>
public sealed record ApplicationSummary(
    Guid ApplicationId,
    string PersonalId,
    string FullName,
    ApplicationStatus Status,
    string CollectingUnitCode,
    bool IsCrossProvince,
    Channel Channel,
    VisitType VisitType,
    string? TeamCode,
    DateTimeOffset CollectedAt,
    DateTimeOffset ReceivedAt);
