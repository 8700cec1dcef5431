namespace CccdPlatform.Cli.Api;

/// <summary>
/// The body of <c>POST /api/eid/accounts</c>; the unit defaults to the officer's. Under 14 the account is asked for by the
/// legal representative.
/// </summary>
public sealed record EIdAccountForm(
    string PersonalId, string FullName, DateOnly DateOfBirth, Sex Sex, int Level, string PhoneNumber, string? Email,
    LegalRepresentativeForm? Representative = null);
