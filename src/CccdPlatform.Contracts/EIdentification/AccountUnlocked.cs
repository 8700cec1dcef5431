namespace CccdPlatform.Contracts.EIdentification;

/// <summary>
/// Version 1. A supervisor unlocked an account: it returns to the state it was locked in, and its count of wrong
/// codes starts again. An account still waiting for activation gets a fresh code.
/// </summary>
/// <param name="AccountId">The account.</param>
/// <param name="CitizenRef">The citizen's pseudonym.</param>
/// <param name="Level">1 or 2.</param>
/// <param name="State">PendingActivation or Active.</param>
/// <param name="Unit">The account's unit.</param>
/// <param name="AccountVersion">The account's version after this event.</param>
/// <param name="UnlockedAt">When.</param>
public sealed record AccountUnlocked(
    Guid AccountId, string CitizenRef, int Level, string State, UnitPath Unit, int AccountVersion, DateTimeOffset UnlockedAt);
