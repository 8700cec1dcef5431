
namespace CccdPlatform.Domain.Forms;

/// <summary>What a station or mobile officer submits for a citizen. Who collected it comes from the token.</summary>
public sealed record SubmitApplication(
    string? PersonalId,
    string? FullName,
    DateOnly? DateOfBirth,
    Sex? Sex,
    PlaceOfOriginInput? PlaceOfOrigin,
    AddressInput? PermanentAddress,
    AddressInput? CurrentAddress,
    string? PhoneNumber,
    RequestKind? RequestKind,
    string? CollectingUnitCode,
    Channel? Channel,
    VisitType? VisitType,
    string? TeamCode,
    string? MachineId,
    DateTimeOffset? CollectedAt,
    EIdRequestInput? EIdRequest = null,
    LegalRepresentativeInput? LegalRepresentative = null,
    DateOnly? CurrentCardIssuedOn = null);

public sealed record AddressInput(string? ProvinceCode, string? DistrictCode, string? CommuneCode, string? Line);

public sealed record PlaceOfOriginInput(string? ProvinceCode, string? DistrictCode, string? CommuneCode);

/// <summary>An eID account asked for on the same form; the phone defaults to the application's.</summary>
public sealed record EIdRequestInput(int? Level, string? PhoneNumber, string? Email);

/// <summary>The parent or guardian who applies for a citizen under 14.</summary>
public sealed record LegalRepresentativeInput(string? FullName, string? PersonalId, Relationship? Relationship);
