using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>A request still unfulfilled after its deadline.</summary>
public sealed record OverdueRequest(
    Guid RequestId,
    Guid AccountId,
    string PersonalId,
    string FullName,
    RequestKind Kind,
    int Level,
    WaitingFor? WaitingFor,
    string UnitCode,
    DateTimeOffset RequestedAt,
    int WorkingDays,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    DateTimeOffset? BreachedAt);
