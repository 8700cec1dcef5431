namespace CccdPlatform.Contracts.EIdentification;

/// <summary>
/// Version 1. An eID account was requested: a new account (whose <c>State</c> is then <c>Requested</c> until it is
/// created) or the upgrade of a level 1 account to level 2 (the account keeps its level and state until
/// <see cref="AccountUpgraded"/>). The legal deadline runs from here. Carries no ID number, name or phone number.
/// </summary>
/// <param name="AccountId">The account; an upgrade keeps the account's id.</param>
/// <param name="RequestId">The request, as in <see cref="DeadlineBreached"/>.</param>
/// <param name="CitizenRef">The citizen's pseudonym, as in intake's events.</param>
/// <param name="Kind">NewAccount or Upgrade.</param>
/// <param name="RequestedLevel">1 or 2.</param>
/// <param name="Source">Officer (asked for directly), ApplicationForm (asked for on the CCCD application) or SelfService (a level 1 account the citizen made in a citizen app).</param>
/// <param name="ApplicationId">The CCCD application that carried the request, when <c>Source</c> is ApplicationForm.</param>
/// <param name="Level">The account's level after this event (for a new account, the level requested).</param>
/// <param name="State">The account's state after this event: Requested, PendingActivation, Active or Locked.</param>
/// <param name="WaitingFor">What the request waits for (BiometricsAcceptance), or null when nothing.</param>
/// <param name="Unit">The account's unit: the unit that requested it first.</param>
/// <param name="RequestingUnit">The unit that made this request, accountable for its deadline.</param>
/// <param name="HasChipCard">Whether the citizen had a chip CCCD when asking, which sets the deadline.</param>
/// <param name="WorkingDays">The deadline in working days (1, 3 or 7).</param>
/// <param name="DueAt">The end of the last working day allowed (midnight, Vietnam time).</param>
/// <param name="AccountVersion">Grows by one with every change of the account's level or state: apply an event only when it is newer than what you hold.</param>
/// <param name="RequestedAt">When.</param>
public sealed record AccountRequested(
    Guid AccountId,
    Guid RequestId,
    string CitizenRef,
    string Kind,
    int RequestedLevel,
    string Source,
    Guid? ApplicationId,
    int Level,
    string State,
    string? WaitingFor,
    UnitPath Unit,
    UnitPath RequestingUnit,
    bool HasChipCard,
    int WorkingDays,
    DateTimeOffset DueAt,
    int AccountVersion,
    DateTimeOffset RequestedAt);
