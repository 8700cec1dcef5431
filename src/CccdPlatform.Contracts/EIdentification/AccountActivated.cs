namespace CccdPlatform.Contracts.EIdentification;

/// <summary>Version 1. The citizen activated their account with the one-time code sent to their phone.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="CitizenRef">The citizen's pseudonym.</param>
/// <param name="Level">1 or 2.</param>
/// <param name="State">Active.</param>
/// <param name="Unit">The account's unit.</param>
/// <param name="AccountVersion">The account's version after this event.</param>
/// <param name="ActivatedAt">When.</param>
public sealed record AccountActivated(
    Guid AccountId, string CitizenRef, int Level, string State, UnitPath Unit, int AccountVersion, DateTimeOffset ActivatedAt);
