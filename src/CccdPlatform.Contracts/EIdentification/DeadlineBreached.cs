namespace CccdPlatform.Contracts.EIdentification;

/// <summary>
/// Version 1. A request was not fulfilled (account created, or upgraded) by the end of its legal deadline
/// (Decree 59/2022: 1 working day for level 1 and 3 for level 2 when the citizen has a chip CCCD, 7 otherwise).
/// Published once per request: when the deadline passes, or when a late fulfilment is the first to notice.
/// </summary>
/// <param name="RequestId">The request.</param>
/// <param name="AccountId">The account it is for.</param>
/// <param name="CitizenRef">The citizen's pseudonym.</param>
/// <param name="Kind">NewAccount or Upgrade.</param>
/// <param name="RequestedLevel">1 or 2.</param>
/// <param name="WaitingFor">What the request still waits for (BiometricsAcceptance), or null.</param>
/// <param name="RequestingUnit">The unit accountable for the deadline.</param>
/// <param name="WorkingDays">The deadline in working days.</param>
/// <param name="RequestedAt">When it was requested.</param>
/// <param name="DueAt">The end of the last working day allowed.</param>
/// <param name="FulfilledAt">When it was fulfilled, if it was, late; null while it is still outstanding.</param>
/// <param name="DetectedAt">When the breach was recorded.</param>
public sealed record DeadlineBreached(
    Guid RequestId,
    Guid AccountId,
    string CitizenRef,
    string Kind,
    int RequestedLevel,
    string? WaitingFor,
    UnitPath RequestingUnit,
    int WorkingDays,
    DateTimeOffset RequestedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? FulfilledAt,
    DateTimeOffset DetectedAt);
