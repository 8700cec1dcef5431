using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;

namespace CccdPlatform.Reporting.Tests;

/// <summary>Events as intake publishes them, with sensible defaults.</summary>
public static class Events
{
    /// <summary>Xã Cẩm Thuỷ, a commune of today's map (province and commune: no districts since 1 July 2025).</summary>
    public static readonly UnitPath CamThuyCommune = new("38", null, "15127");

    /// <summary>Phường Hàm Rồng, formed on 1 July 2025 from Đông Thọ (split), Hàm Rồng and three other wards.</summary>
    public static readonly UnitPath HamRongWard = new("38", null, "14758");

    public static ApplicationReceived Received(
        UnitPath unit,
        string channel = "Station",
        string visitType = "Station",
        string requestKind = "FirstIssue",
        string? permanentProvince = null,
        string? team = null,
        string? machine = null,
        DateTimeOffset? collectedAt = null,
        Guid? applicationId = null)
    {
        var collected = collectedAt ?? DateTimeOffset.UtcNow;
        var home = permanentProvince ?? unit.ProvinceCode;
        return new ApplicationReceived(
            applicationId ?? Guid.NewGuid(), "citizen-ref", unit.CommuneCode ?? unit.DistrictCode ?? unit.ProvinceCode, unit, home,
            home != unit.ProvinceCode, channel, visitType, requestKind, team, machine, collected, collected.AddSeconds(2));
    }

    public static ApplicationStatusChanged StatusChanged(
        ApplicationReceived application, string from, string to, DateTimeOffset changedAt) =>
        new(application.ApplicationId, application.CollectingUnit, application.PermanentProvinceCode, from, to, changedAt);

    public static RosterImported Roster(UnitPath commune, int eligible, DateTimeOffset? importedAt = null) =>
        new(commune, eligible, importedAt ?? DateTimeOffset.UtcNow);
}
