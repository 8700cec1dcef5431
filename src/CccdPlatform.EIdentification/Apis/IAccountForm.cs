using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>What every request for an account gives, whoever sends it: the citizen's identity, phone and representative.</summary>
public interface IAccountForm
{
    string? PersonalId { get; }
    string? FullName { get; }
    DateOnly? DateOfBirth { get; }
    Sex? Sex { get; }
    string? PhoneNumber { get; }
    string? Email { get; }

    /// <summary>Who asks for a citizen under 14; null for a citizen of 14 or over.</summary>
    LegalRepresentative? Representative { get; }
}
