namespace CccdPlatform.Contracts.Intake;

/// <summary>Version 1. An application moved from one status to another.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CollectingUnit">The unit that collected it, for reporting by unit.</param>
/// <param name="PermanentProvinceCode">The citizen's permanent province, for cross-province reporting.</param>
/// <param name="OldStatus">Received, BiometricsAccepted, RecaptureNeeded, UnderReview, Approved, CardProduced, CardDelivered or Cancelled.</param>
/// <param name="NewStatus">One of the same values.</param>
/// <param name="ChangedAt">When the change was recorded.</param>
/// <param name="Map">
/// The map its unit codes belong to: that of the application, the one in force on its collection day (<c>TwoTier2025</c> from 1 July 2025). An optional
/// field added after the first release: messages without it come from that release, and their codes are <c>ThreeTier2023</c>.
/// </param>
public sealed record ApplicationStatusChanged(
    Guid ApplicationId,
    UnitPath CollectingUnit,
    string PermanentProvinceCode,
    string OldStatus,
    string NewStatus,
    DateTimeOffset ChangedAt,
    UnitMap Map = UnitMap.ThreeTier2023);
