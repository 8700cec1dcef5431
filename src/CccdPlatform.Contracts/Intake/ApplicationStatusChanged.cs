namespace CccdPlatform.Contracts.Intake;

/// <summary>Version 1. An application moved from one status to another.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CollectingUnit">The unit that collected it, for reporting by unit.</param>
/// <param name="PermanentProvinceCode">The citizen's permanent province, for cross-province reporting.</param>
/// <param name="OldStatus">Received, BiometricsAccepted, RecaptureNeeded, UnderReview, Approved, CardProduced, CardDelivered or Cancelled.</param>
/// <param name="NewStatus">One of the same values.</param>
/// <param name="ChangedAt">When the change was recorded.</param>
public sealed record ApplicationStatusChanged(
    Guid ApplicationId,
    UnitPath CollectingUnit,
    string PermanentProvinceCode,
    string OldStatus,
    string NewStatus,
    DateTimeOffset ChangedAt);
