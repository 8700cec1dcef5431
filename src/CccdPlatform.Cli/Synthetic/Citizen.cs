using CccdPlatform.Cli.Api;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// A synthetic citizen; <see cref="BirthProvinceCode"/> is where the birth was registered, <see cref="Representative"/>
/// the parent or guardian who applies for a child under 14.
/// </summary>
public sealed record Citizen(
    string PersonalId,
    string FullName,
    DateOnly DateOfBirth,
    Sex Sex,
    string BirthProvinceCode,
    AddressForm Address,
    string? PhoneNumber,
    LegalRepresentativeForm? Representative = null);
