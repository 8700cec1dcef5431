using CccdPlatform.Contracts;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;
using CccdPlatform.TestSupport.Registry;
using static CccdPlatform.Reporting.Tests.Events;

namespace CccdPlatform.Reporting.Tests;

/// <summary>The team and machine report with reporting's copy of the registry, kept from registry events over RabbitMQ.</summary>
public class RegistryReportTests(ReportingFactory reporting) : IClassFixture<ReportingFactory>
{
    /// <summary>A day of the 2023 map, when Thanh Hóa city was a district with wards under it.</summary>
    private static readonly DateOnly Day = new(2025, 6, 20);
    private static readonly UnitPath ThanhHoaCity = new("38", "380", null);
    private static readonly UnitPath DongHuongWard = new("38", "380", "14755");

    [Fact]
    public async Task TheReportNamesRegisteredTeamsAndMachinesAndListsThoseThatCollectedNothing()
    {
        var reports = reporting.Reports();
        await using var registry = await RegistryPublisher.StartAsync(reporting.MessagingConnectionString, reporting.Services);
        await using var intake = await EventPublisher.StartAsync(reporting.MessagingConnectionString);
        await registry.TeamAsync("TEAM-380-01", ThanhHoaCity, "Tổ lưu động số 1", "officer-1");
        await registry.TeamAsync("TEAM-380-02", DongHuongWard, "Tổ lưu động Đông Hương", "officer-2");
        await registry.TeamAsync("TEAM-380-03", ThanhHoaCity, "Tổ đã giải thể", "officer-3");
        await registry.DisbandAsync("TEAM-380-03", ThanhHoaCity);
        await registry.MachineAsync("KIT-380-01", ThanhHoaCity, "Bộ thu nhận 1", "TEAM-380-01");
        await registry.MachineAsync("KIT-380-02", DongHuongWard, "Bộ thu nhận 2");
        await registry.MachineAsync("KIT-390-01", new UnitPath("38", "390", null), "Bộ của Cẩm Thủy");
        var settled = await reports.BeginAsync();

        await intake.PublishAsync(Received(ThanhHoaCity, "Mobile", "Home", team: "TEAM-380-01", machine: "KIT-380-01", collectedAt: VietnamTime.StartOf(Day).AddHours(9)));
        await intake.PublishAsync(Received(ThanhHoaCity, "Mobile", "Home", team: "TEAM-UNREGISTERED", machine: "KIT-380-01", collectedAt: VietnamTime.StartOf(Day).AddHours(9)));
        await settled.WaitAsync(2);

        var report = await reports.TeamsAsync("380", Day);
        Assert.Equal([("TEAM-380-01", "Tổ lưu động số 1"), ("TEAM-UNREGISTERED", null)], report.Teams.Select(t => (t.Code, t.Name)));
        Assert.Equal([("KIT-380-01", "Bộ thu nhận 1")], report.Machines.Select(m => (m.Code, m.Name)));
        Assert.Equal([("TEAM-380-02", "Tổ lưu động Đông Hương", "14755")], report.IdleTeams.Select(t => (t.Code, t.Name, t.UnitCode)));
        Assert.Equal([("KIT-380-02", "Bộ thu nhận 2", "14755")], report.IdleMachines.Select(m => (m.Code, m.Name, m.UnitCode)));

        var ward = await reports.TeamsAsync("14755", Day);
        Assert.Empty(ward.Teams);
        Assert.Equal(["TEAM-380-02"], ward.IdleTeams.Select(t => t.Code));
    }
}
