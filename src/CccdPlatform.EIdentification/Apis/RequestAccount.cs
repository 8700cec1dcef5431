using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>
/// An officer's request for a citizen's eID account. The identity must match what intake holds; the unit defaults to
/// the officer's own. Under 14 the legal representative asks (<see cref="AccountAges"/>).
/// </summary>
public sealed record RequestAccount(
    string? PersonalId,
    string? FullName,
    DateOnly? DateOfBirth,
    Sex? Sex,
    int? Level,
    string? PhoneNumber,
    string? Email,
    string? UnitCode,
    LegalRepresentative? Representative = null) : IAccountForm;
