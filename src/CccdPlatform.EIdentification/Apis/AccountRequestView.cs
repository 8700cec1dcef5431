using CccdPlatform.Contracts;
using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>
/// A request for an account or an upgrade, with its deadline (the end of <c>dueDate</c>, Vietnam time), the legal
/// representative who asked for a citizen under 14 and a citizen app's face check.
/// </summary>
public sealed record AccountRequestView(
    Guid Id,
    RequestKind Kind,
    int Level,
    RequestSource Source,
    Guid? ApplicationId,
    string RequestedBy,
    UnitPath Unit,
    DateTimeOffset RequestedAt,
    bool HasChipCard,
    int WorkingDays,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    WaitingFor? WaitingFor,
    DateTimeOffset? FulfilledAt,
    bool? WithinDeadline,
    DateTimeOffset? BreachedAt,
    LegalRepresentative? Representative,
    FaceCheck? FaceCheck)
{
    public static AccountRequestView Of(AccountRequest r) => new(
        r.Id, r.Kind, r.Level, r.Source, r.ApplicationId, r.RequestedBy, r.Unit, r.RequestedAt, r.HasChipCard, r.WorkingDays,
        r.DueDate, r.DueAt, r.WaitingFor, r.FulfilledAt, r.FulfilledAt is null ? null : r.WithinDeadline, r.BreachedAt,
        r.Representative, r.PortraitRef is null ? null : new FaceCheck(true, r.FaceCheckScore, r.PortraitRef));
}
