using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Apis;

/// <summary>An application as officers read it; <c>map</c> says which map its unit codes belong to.</summary>
public sealed record ApplicationView(
    Guid ApplicationId,
    string PersonalId,
    string FullName,
    DateOnly DateOfBirth,
    Sex Sex,
    PlaceOfOrigin? PlaceOfOrigin,
    Address PermanentAddress,
    Address? CurrentAddress,
    string? PhoneNumber,
    RequestKind RequestKind,
    DateOnly? CurrentCardIssuedOn,
    LegalRepresentative? LegalRepresentative,
    BiometricsRequirement Biometrics,
    DateOnly? CardExpiresOn,
    string CardLaw,
    string CollectingUnitCode,
    UnitMap Map,
    bool IsCrossProvince,
    Channel Channel,
    VisitType VisitType,
    string? TeamCode,
    string? MachineId,
    ApplicationStatus Status,
    DateTimeOffset CollectedAt,
    DateTimeOffset ReceivedAt,
    string CollectedBy,
    IReadOnlyList<StatusChangeView> History)
{
    public static ApplicationView Of(CitizenApplication a) => new(
        a.Id, a.PersonalId, a.FullName, a.DateOfBirth, a.Sex, a.PlaceOfOrigin, a.PermanentAddress, a.CurrentAddress,
        a.PhoneNumber, a.RequestKind, a.CurrentCardIssuedOn, a.LegalRepresentative, a.Biometrics, a.CardExpiresOn, a.Rules.Law,
        a.CollectingUnitCode, a.Map, a.IsCrossProvince, a.Channel, a.VisitType, a.TeamCode,
        a.MachineId, a.Status, a.CollectedAt, a.ReceivedAt, a.CollectedBy,
        a.History.OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
            .Select(h => new StatusChangeView(h.From, h.To, h.ChangedBy, h.ChangedAt, h.Reason)).ToList());
}

public sealed record StatusChangeView(
    ApplicationStatus? From, ApplicationStatus To, string ChangedBy, DateTimeOffset ChangedAt, string? Reason);
