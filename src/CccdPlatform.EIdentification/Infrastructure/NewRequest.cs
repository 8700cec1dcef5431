using CccdPlatform.Contracts;
using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>An account request as an officer, an application form or a citizen app makes it, after its input was checked.</summary>
public sealed record NewRequest(
    int Level,
    string PhoneNumber,
    string? Email,
    UnitPath Unit,
    RequestSource Source,
    Guid? ApplicationId,
    string RequestedBy,
    LegalRepresentative? Representative = null,
    FaceCheck? FaceCheck = null);
