namespace CccdPlatform.Contracts.EIdentification;

/// <summary>
/// Version 1. A requested account was created (level 1 at once, level 2 once the citizen's biometrics were accepted)
/// and its activation code was sent to the citizen's phone. This meets the request's legal deadline.
/// </summary>
/// <param name="AccountId">The account.</param>
/// <param name="RequestId">The request it fulfils.</param>
/// <param name="CitizenRef">The citizen's pseudonym.</param>
/// <param name="Level">1 or 2.</param>
/// <param name="State">PendingActivation.</param>
/// <param name="Unit">The account's unit.</param>
/// <param name="RequestedAt">When it was requested.</param>
/// <param name="DueAt">The request's deadline.</param>
/// <param name="WithinDeadline">True when created by <c>DueAt</c>.</param>
/// <param name="AccountVersion">The account's version after this event.</param>
/// <param name="CreatedAt">When.</param>
public sealed record AccountCreated(
    Guid AccountId,
    Guid RequestId,
    string CitizenRef,
    int Level,
    string State,
    UnitPath Unit,
    DateTimeOffset RequestedAt,
    DateTimeOffset DueAt,
    bool WithinDeadline,
    int AccountVersion,
    DateTimeOffset CreatedAt);
