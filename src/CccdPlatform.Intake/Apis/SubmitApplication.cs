using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Apis;

/// <summary>What a station or mobile officer submits for a citizen.</summary>
public sealed record SubmitApplication(
    string? PersonalId,
    string? FullName,
    DateOnly? DateOfBirth,
    Sex? Sex,
    AddressInput? PermanentAddress,
    string? CollectingUnitCode,
    Channel? Channel,
    DateTimeOffset? CollectedAt);

public sealed record AddressInput(string? ProvinceCode, string? DistrictCode, string? CommuneCode, string? Line);
