using CccdPlatform.Cli.Api;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>A synthetic citizen living in Thanh Hoa; <see cref="BirthProvinceCode"/> is where the birth was registered.</summary>
public sealed record Citizen(
    string PersonalId,
    string FullName,
    DateOnly DateOfBirth,
    Sex Sex,
    string BirthProvinceCode,
    AddressForm Address,
    string? PhoneNumber);
