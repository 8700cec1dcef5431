using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CccdPlatform.Reporting.Tests;

/// <summary>Figures the previous release wrote, with codes of the 2023 map and no map column, after the upgrade.</summary>
public class MigrationTests(ReportingServers servers) : IClassFixture<ReportingServers>
{
    private const string PreviousRelease = "20261207160500_AddRegistryCopy";
    private static readonly DateOnly CampaignDay = new(2023, 4, 29);

    [Fact]
    public async Task FiguresWrittenByThePreviousReleaseStayReportableAsUnitsOf2023AndRollUpIntoTodays()
    {
        await using (var db = new PostgreSqlReportingDbContext(
            new DbContextOptionsBuilder<PostgreSqlReportingDbContext>().UseNpgsql(servers.DatabaseConnectionString).Options))
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousRelease);
            // Five applications collected in Đông Thọ ward (14758, Thanh Hóa city) on the campaign's busiest day.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "UnitProgress" ("UnitCode", "Metric", "Count") VALUES ('38', 'received', 5), ('380', 'received', 5), ('14758', 'received', 5);
                INSERT INTO "DailyProgress" ("UnitCode", "Day", "Metric", "Count")
                    VALUES ('38', DATE '2023-04-29', 'received', 5), ('380', DATE '2023-04-29', 'received', 5), ('14758', DATE '2023-04-29', 'received', 5);
                INSERT INTO "UnitTargets" ("UnitCode", "Eligible", "SetBy", "SetAt") VALUES ('14758', 9000, 'ops-1', now());
                INSERT INTO "KnownUnits" ("Code", "ProvinceCode", "DistrictCode", "CommuneCode") VALUES ('38099', '38', '380', '38099');
                """);
        }

        await using var host = ReportingHost.Start(servers);
        var reports = host.Reports();

        var dongTho = await reports.DailyAsync("14758", CampaignDay, CampaignDay);
        var units = await reports.Http.GetFromJsonAsync<Apis.UnitsReportView>(
            $"/api/reports/units?unitCode=380&from={CampaignDay:yyyy-MM-dd}&to={CampaignDay:yyyy-MM-dd}", ReportsClient.Json);
        var hamRong = await reports.ProgressAsync("14758");

        Assert.Equal((UnitMap.ThreeTier2023, "Phường Đông Thọ", 5L), (dongTho.Map, dongTho.UnitName, dongTho.Days.Sum(d => d.Received)));
        Assert.Equal((5L, 9000L), units!.Units.Where(u => u.UnitCode == "14758").Select(u => (u.Received, u.Eligible!.Value)).Single());
        Assert.Contains(units.Units, u => u.UnitCode == "38099"); // a unit learned from an event, as the 2023 map's
        Assert.Equal((5L, 5L, (long?)null), (hamRong.Received, hamRong.RolledUp!.Received, hamRong.Target)); // the old target is Đông Thọ's
    }
}
