namespace CccdPlatform.Contracts.Intake;

/// <summary>
/// Version 1. A CCCD application was accepted and durably saved by intake. Carries identifiers and reporting
/// dimensions only: no name, ID number, address line or biometrics.
/// </summary>
/// <param name="ApplicationId">The application's identifier in intake.</param>
/// <param name="CollectingUnitCode">The police unit that collected the application (province, district or commune code).</param>
/// <param name="CollectingUnit">The collecting unit and the units above it.</param>
/// <param name="PermanentProvinceCode">The province of the citizen's permanent residence (2 digits).</param>
/// <param name="IsCrossProvince">True when the citizen's permanent province differs from the collecting unit's province.</param>
/// <param name="Channel">Station or Mobile.</param>
/// <param name="CollectedAt">When the officer collected it (a mobile team may sync later).</param>
/// <param name="ReceivedAt">When intake saved it.</param>
public sealed record ApplicationReceived(
    Guid ApplicationId,
    string CollectingUnitCode,
    UnitPath CollectingUnit,
    string PermanentProvinceCode,
    bool IsCrossProvince,
    string Channel,
    DateTimeOffset CollectedAt,
    DateTimeOffset ReceivedAt);
