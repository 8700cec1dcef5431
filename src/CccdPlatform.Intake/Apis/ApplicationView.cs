using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Apis;

public sealed record ApplicationView(
    Guid ApplicationId,
    string PersonalId,
    string FullName,
    DateOnly DateOfBirth,
    Sex Sex,
    Address PermanentAddress,
    string CollectingUnitCode,
    Channel Channel,
    ApplicationStatus Status,
    DateTimeOffset CollectedAt,
    DateTimeOffset ReceivedAt,
    string CollectedBy)
{
    public static ApplicationView Of(CitizenApplication a) => new(
        a.Id, a.PersonalId, a.FullName, a.DateOfBirth, a.Sex, a.PermanentAddress, a.CollectingUnitCode, a.Channel,
        a.Status, a.CollectedAt, a.ReceivedAt, a.CollectedBy);
}
