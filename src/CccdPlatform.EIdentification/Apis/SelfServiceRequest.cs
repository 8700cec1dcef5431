using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>
/// A citizen's own request for a level 1 account, sent by a citizen app after its face check (Decree 69/2024). The
/// level may be left out; level 2 is made in person only.
/// </summary>
public sealed record SelfServiceRequest(
    string? PersonalId,
    string? FullName,
    DateOnly? DateOfBirth,
    Sex? Sex,
    string? PhoneNumber,
    string? Email,
    FaceCheck? FaceCheck,
    int? Level = null,
    LegalRepresentative? Representative = null) : IAccountForm;
