namespace CccdPlatform.Contracts.Intake;

/// <summary>
/// Version 1. A CCCD application was accepted and durably saved by intake. Carries identifiers and reporting
/// dimensions only: no name, ID number, address line or biometrics.
/// </summary>
/// <param name="ApplicationId">The application's identifier in intake.</param>
/// <param name="CitizenRef">
/// An opaque, stable pseudonym of the citizen (a keyed hash of the ID number): the same citizen always has the same
/// value, and the ID number cannot be recovered from it. Lets consumers link a citizen's applications without
/// seeing who they are.
/// </param>
/// <param name="CollectingUnitCode">The police unit that collected the application (province, district or commune code).</param>
/// <param name="CollectingUnit">The collecting unit and the units above it.</param>
/// <param name="PermanentProvinceCode">The province of the citizen's permanent residence (2 digits).</param>
/// <param name="IsCrossProvince">True when the citizen's permanent province differs from the collecting unit's province.</param>
/// <param name="Channel">Station or Mobile.</param>
/// <param name="VisitType">Station, Home, Hospital, WorkplaceOrSchool or Other.</param>
/// <param name="RequestKind">
/// FirstIssue, Renewal, Replacement (lost or damaged, before the two were told apart), Correction, Lost, Damaged,
/// DetailsChanged or UnitsReorganised; later versions may add kinds.
/// </param>
/// <param name="TeamCode">The mobile team or station desk, when given.</param>
/// <param name="MachineId">The reception machine (capture kit), when given.</param>
/// <param name="CollectedAt">When the officer collected it (a mobile team may sync later).</param>
/// <param name="ReceivedAt">When intake saved it.</param>
/// <param name="BiometricsRequired">
/// Optional, added in December 2026: which biometrics the card rules of the collection day take from this citizen.
/// <c>None</c> (under 6, from 1 July 2024), <c>FaceAndFingers</c> (irises optional; before 1 July 2024) or
/// <c>FaceFingersAndIrises</c>. Absent (null) in events published before, which
/// mean <c>FaceAndFingers</c>.
/// </param>
/// <param name="Map">
/// The map its unit codes belong to: the one in force on the collection day (<c>TwoTier2025</c> from 1 July 2025). An optional
/// field added after the first release: messages without it come from that release, and their codes are <c>ThreeTier2023</c>.
/// </param>
public sealed record ApplicationReceived(
    Guid ApplicationId,
    string CitizenRef,
    string CollectingUnitCode,
    UnitPath CollectingUnit,
    string PermanentProvinceCode,
    bool IsCrossProvince,
    string Channel,
    string VisitType,
    string RequestKind,
    string? TeamCode,
    string? MachineId,
    DateTimeOffset CollectedAt,
    DateTimeOffset ReceivedAt,
    string? BiometricsRequired = null,
    UnitMap Map = UnitMap.ThreeTier2023);
