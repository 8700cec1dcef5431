using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>One line of a unit's account list.</summary>
public sealed record AccountSummary(
    Guid Id,
    string PersonalId,
    string FullName,
    int Level,
    AccountState State,
    WaitingFor? WaitingFor,
    string UnitCode,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? ActivatedAt);
