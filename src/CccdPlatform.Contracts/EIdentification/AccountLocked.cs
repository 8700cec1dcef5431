namespace CccdPlatform.Contracts.EIdentification;

/// <summary>Version 1. An account was locked, by a supervisor or after too many wrong activation codes.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="CitizenRef">The citizen's pseudonym.</param>
/// <param name="Level">1 or 2.</param>
/// <param name="State">Locked.</param>
/// <param name="PreviousState">PendingActivation or Active: the state an unlock returns to.</param>
/// <param name="Reason">Officer or WrongCodes. The officer's note is not carried.</param>
/// <param name="Unit">The account's unit.</param>
/// <param name="AccountVersion">The account's version after this event.</param>
/// <param name="LockedAt">When.</param>
public sealed record AccountLocked(
    Guid AccountId,
    string CitizenRef,
    int Level,
    string State,
    string PreviousState,
    string Reason,
    UnitPath Unit,
    int AccountVersion,
    DateTimeOffset LockedAt);
