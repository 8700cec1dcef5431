using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Domain;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>A citizen no other test uses, with their first CCCD application and a phone of their own.</summary>
public sealed record TestCitizen(
    string PersonalId, string CitizenRef, string FullName, DateOnly DateOfBirth, string Sex, Guid ApplicationId, string PhoneNumber)
{
    public static readonly UnitPath HacThanh = new("38", null, "14797");

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
    public CitizenIdentityRecorded Identity(
        EIdRequest? eid = null, UnitPath? collectingUnit = null, Guid? applicationId = null, Representative? representative = null) =>
        new(applicationId ?? ApplicationId, CitizenRef, PersonalId, FullName, DateOfBirth, Sex, collectingUnit ?? HacThanh, eid,
            DateTimeOffset.UtcNow, LegalRepresentative: representative);

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

    /// <summary>The body of <c>POST /api/eid/self-service/accounts</c>: what a citizen app sends after its face check.</summary>
    public Dictionary<string, object?> SelfServiceForm() => new()
    {
        ["personalId"] = PersonalId,
        ["fullName"] = FullName,
        ["dateOfBirth"] = DateOfBirth.ToString("yyyy-MM-dd"),
        ["sex"] = Sex,
        ["phoneNumber"] = PhoneNumber,
        ["faceCheck"] = new Dictionary<string, object?> { ["matched"] = true, ["score"] = 0.93, ["portraitRef"] = $"portraits/{CitizenRef[..16]}.jpg" },
    };

    /// <summary>A parent who asks for a child's account.</summary>
    public static Dictionary<string, object?> Mother() => new()
    {
        ["fullName"] = "Lê Thị Hoa",
        ["personalId"] = PersonalIdNumber.Compose("38", new DateOnly(1990, 3, 2), female: true, Random.Shared.Next(0, PersonalIdNumber.MaxSerial + 1)),
        ["relationship"] = "Mother",
    };

    /// <summary>A citizen this many whole years old (and some days) on <paramref name="today"/>.</summary>
    public static TestCitizen Aged(int years, DateOnly today) => New(bornOn: today.AddYears(-years).AddDays(-10));
}
