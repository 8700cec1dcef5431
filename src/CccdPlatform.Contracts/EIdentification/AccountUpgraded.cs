namespace CccdPlatform.Contracts.EIdentification;

/// <summary>
/// Version 1. A level 1 account became level 2 (the citizen's biometrics were accepted). It keeps its id and its
/// state: an active account stays active. This meets the upgrade request's legal deadline.
/// </summary>
/// <param name="AccountId">The account.</param>
/// <param name="RequestId">The upgrade request it fulfils.</param>
/// <param name="CitizenRef">The citizen's pseudonym.</param>
/// <param name="PreviousLevel">1.</param>
/// <param name="Level">2.</param>
/// <param name="State">The account's state, unchanged by the upgrade.</param>
/// <param name="Unit">The account's unit.</param>
/// <param name="RequestingUnit">The unit that asked for the upgrade.</param>
/// <param name="RequestedAt">When the upgrade was requested.</param>
/// <param name="DueAt">The upgrade request's deadline.</param>
/// <param name="WithinDeadline">True when upgraded by <c>DueAt</c>.</param>
/// <param name="AccountVersion">The account's version after this event.</param>
/// <param name="UpgradedAt">When.</param>
public sealed record AccountUpgraded(
    Guid AccountId,
    Guid RequestId,
    string CitizenRef,
    int PreviousLevel,
    int Level,
    string State,
    UnitPath Unit,
    UnitPath RequestingUnit,
    DateTimeOffset RequestedAt,
    DateTimeOffset DueAt,
    bool WithinDeadline,
    int AccountVersion,
    DateTimeOffset UpgradedAt);
