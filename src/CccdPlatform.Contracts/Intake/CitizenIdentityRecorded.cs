namespace CccdPlatform.Contracts.Intake;

/// <summary>
/// Version 1. INTERNAL: not offered to integrators, because it carries identity data. Intake received an application
/// and tells the e-identification service who the citizen is (so that account requests can be checked against what
/// intake holds) and, when the officer asked for it on the same form, that an eID account is requested.
/// </summary>
/// <param name="ApplicationId">The application the identity was taken from.</param>
/// <param name="CitizenRef">The citizen's pseudonym, as in <see cref="ApplicationReceived"/>.</param>
/// <param name="PersonalId">The 12-digit personal identification number.</param>
/// <param name="FullName">Full name, Unicode NFC.</param>
/// <param name="DateOfBirth">Date of birth.</param>
/// <param name="Sex">Male or Female.</param>
/// <param name="CollectingUnit">The unit that collected the application.</param>
/// <param name="EIdRequest">The eID account asked for on the application form, or null.</param>
/// <param name="RecordedAt">When intake saved the application.</param>
/// <param name="Map">
/// The map its unit codes belong to: the one in force on the collection day (<c>TwoTier2025</c> from 1 July 2025). An optional
/// field added after the first release: messages without it come from that release, and their codes are <c>ThreeTier2023</c>.
/// </param>
/// <param name="LegalRepresentative">
/// Optional, added in December 2026: the parent or guardian who applied for a citizen under 14 (Law on Identity, from
/// 1 July 2024), so that an eID account asked for on the form can be made on their request (Decree 69/2024). Null for a
/// citizen who applied alone, and in every message published before.
/// </param>
[InternalEvent]
public sealed record CitizenIdentityRecorded(
    Guid ApplicationId,
    string CitizenRef,
    string PersonalId,
    string FullName,
    DateOnly DateOfBirth,
    string Sex,
    UnitPath CollectingUnit,
    EIdRequest? EIdRequest,
    DateTimeOffset RecordedAt,
    UnitMap Map = UnitMap.ThreeTier2023,
    Representative? LegalRepresentative = null);

/// <summary>An eID account requested on a CCCD application form.</summary>
/// <param name="Level">1 or 2.</param>
/// <param name="PhoneNumber">Where the activation code goes: 10 digits starting with 0.</param>
/// <param name="Email">Optional.</param>
public sealed record EIdRequest(int Level, string PhoneNumber, string? Email);

/// <summary>Who applied for a citizen under 14, as recorded on the application.</summary>
/// <param name="FullName">Full name, Unicode NFC.</param>
/// <param name="PersonalId">Their 12-digit personal identification number.</param>
/// <param name="Relationship">Father, Mother or Guardian.</param>
public sealed record Representative(string FullName, string PersonalId, string Relationship);
