using System.Security.Cryptography;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Biometrics;
using CccdPlatform.Contracts.Intake;

namespace CccdPlatform.Integrations.Tests;

/// <summary>Events as intake and biometrics publish them.</summary>
public static class TestEvents
{
    public static readonly UnitPath ThanhHoaCity = new("38", "380", null);

    public static ApplicationReceived Received(Guid? applicationId = null) => new(
        applicationId ?? Guid.NewGuid(), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), "380", ThanhHoaCity, "38",
        false, "Mobile", "Home", "FirstIssue", "TEAM-380-01", "KIT-0001", DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);

    public static RosterImported Roster(int eligibleCount = 2314) =>
        new(new UnitPath("38", "380", "14755"), eligibleCount, DateTimeOffset.UtcNow);

    public static BiometricsAccepted Accepted(Guid applicationId) => new(applicationId, Guid.NewGuid(), false, DateTimeOffset.UtcNow);

    /// <summary>The internal event, with the personal data that must never reach an integrator.</summary>
    public static CitizenIdentityRecorded Identity(Guid applicationId) => new(
        applicationId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), "038095001234", "Nguyễn Văn An",
        new DateOnly(1995, 4, 12), "Male", ThanhHoaCity, new EIdRequest(2, "0912345678", "an@example.vn"), DateTimeOffset.UtcNow);
}
