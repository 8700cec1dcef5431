namespace CccdPlatform.Cli.Api;

/// <summary>
/// The body of <c>POST /api/intake/applications</c> (intake's <c>SubmitApplication</c>), as this client sends it.
/// Enums travel as their names.
/// </summary>
public sealed record ApplicationForm(
    string PersonalId,
    string FullName,
    DateOnly DateOfBirth,
    Sex Sex,
    PlaceOfOriginForm? PlaceOfOrigin,
    AddressForm PermanentAddress,
    AddressForm? CurrentAddress,
    string? PhoneNumber,
    RequestKind? RequestKind,
    string CollectingUnitCode,
    Channel Channel,
    VisitType? VisitType,
    string? TeamCode,
    string? MachineId,
    DateTimeOffset? CollectedAt,
    EIdRequestForm? EIdRequest = null,
    DateOnly? CurrentCardIssuedOn = null,
    LegalRepresentativeForm? LegalRepresentative = null);

/// <summary>An address; no district in the two-tier map (work from 1 July 2025).</summary>
public sealed record AddressForm(string ProvinceCode, string? DistrictCode, string CommuneCode, string Line);

public sealed record PlaceOfOriginForm(string ProvinceCode, string? DistrictCode, string? CommuneCode);

/// <summary>An eID account asked for on the application form; the phone defaults to the application's.</summary>
public sealed record EIdRequestForm(int Level, string? PhoneNumber, string? Email);

/// <summary>The parent or guardian who applies for a citizen under 14 (from 1 July 2024).</summary>
public sealed record LegalRepresentativeForm(string FullName, string PersonalId, Relationship Relationship);
