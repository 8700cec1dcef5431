using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>A citizen no other test uses, with their first CCCD application and a phone of their own.</summary>
public sealed record TestCitizen(
    string PersonalId, string CitizenRef, string FullName, DateOnly DateOfBirth, string Sex, Guid ApplicationId, string PhoneNumber)
{
    public static readonly UnitPath ThanhHoaCity = new("38", "380", null);

    public static TestCitizen New(DateOnly? bornOn = null, string sex = "Male", string fullName = "Nguyễn Văn An")
    {
        var born = bornOn ?? new DateOnly(1995, 4, 12);
        return new TestCitizen(
            PersonalIdNumber.Compose("38", born, sex == "Female", Random.Shared.Next(0, PersonalIdNumber.MaxSerial + 1)),
            EIdFactory.NewCitizenRef(),
            fullName,
            born,
            sex,
            Guid.CreateVersion7(),
            $"09{Random.Shared.Next(0, 100_000_000):D8}");
    }

    /// <summary>The event intake publishes when it receives this citizen's application.</summary>
    public CitizenIdentityRecorded Identity(EIdRequest? eid = null, UnitPath? collectingUnit = null, Guid? applicationId = null) =>
        new(applicationId ?? ApplicationId, CitizenRef, PersonalId, FullName, DateOfBirth, Sex, collectingUnit ?? ThanhHoaCity, eid,
            DateTimeOffset.UtcNow);

    /// <summary>The body of <c>POST /api/eid/accounts</c> for this citizen.</summary>
    public Dictionary<string, object?> Form(int level) => new()
    {
        ["personalId"] = PersonalId,
        ["fullName"] = FullName,
        ["dateOfBirth"] = DateOfBirth.ToString("yyyy-MM-dd"),
        ["sex"] = Sex,
        ["level"] = level,
        ["phoneNumber"] = PhoneNumber,
    };
}
