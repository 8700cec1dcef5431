using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CccdPlatform.Intake.Tests;

/// <summary>
/// A database written by the release before the two-tier map (migrated up to <see cref="PreviousRelease"/>, rows
/// inserted as that schema had them), which the service then upgrades as it starts.
/// </summary>
public sealed class PreviousReleaseIntake : IntakeFactory
{
    public const string PreviousRelease = "20261207183851_AddCardRules";
    public const string PersonalId = "038095777001";
    public const string RosterPersonalId = "038090777002";
    public static readonly Guid ApplicationId = Guid.Parse("0190c6a0-0000-7000-8000-000000000001");

    public override async Task InitializeAsync()
    {
        var options = new DbContextOptionsBuilder<PostgreSqlIntakeDbContext>().UseNpgsql(DatabaseConnectionString).Options;
        await using (var db = new PostgreSqlIntakeDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(PreviousRelease);
            // Collected on 29 April 2023 by the police of Phường Hàm Rồng (14755, Thanh Hóa city 380), as the old release stored it.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Applications" ("Id", "PersonalId", "CitizenRef", "FullName", "DateOfBirth", "Sex", "RequestKind",
                    "CollectingUnitCode", "CollectingProvinceCode", "CollectingDistrictCode", "CollectingCommuneCode", "IsCrossProvince",
                    "Channel", "VisitType", "Status", "CollectedAt", "ReceivedAt", "CollectedBy",
                    "PermanentAddress_ProvinceCode", "PermanentAddress_DistrictCode", "PermanentAddress_CommuneCode", "PermanentAddress_Line")
                VALUES ('0190c6a0-0000-7000-8000-000000000001', '038095777001', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Lê Văn Cũ', '1995-04-12', 'Male', 'FirstIssue',
                    '14755', '38', '380', '14755', false, 'Station', 'Station', 'Received', '2023-04-29 02:00:00+00', '2023-04-29 02:00:01+00',
                    'officer-2023', '38', '380', '14755', '5 Lê Lai');
                INSERT INTO "EligibleCitizens" ("PersonalId", "CommuneCode", "FullName", "DateOfBirth", "Sex", "ImportedAt")
                VALUES ('038090777002', '14755', 'Phạm Thị Chờ', '1990-02-03', 'Female', '2023-04-20 01:00:00+00');
                """);
        }

        await base.InitializeAsync();
    }
}

public class PreviousReleaseDataTests(PreviousReleaseIntake intake) : IClassFixture<PreviousReleaseIntake>
{
    private const string HamRong = "14758"; // the new Phường Hàm Rồng, formed on 1 July 2025 from the old 14755 and others

    private HttpClient Supervisor(string unitCode) => intake.ClientFor(Roles.Supervisor, unitCode);

    [Fact]
    public async Task AnApplicationOfThePreviousReleaseIsReadBackInTheThreeTierMap()
    {
        var view = await (await Supervisor(HamRong).GetAsync($"{IntakeClients.ApplicationsPath}/{PreviousReleaseIntake.ApplicationId}")).OkJsonAsync();

        Assert.Equal("ThreeTier2023", view.GetProperty("map").GetString());
        Assert.Equal("380", view.GetProperty("permanentAddress").GetProperty("districtCode").GetString());
        Assert.Equal("14755", view.GetProperty("collectingUnitCode").GetString());
    }

    [Fact]
    public async Task AnOfficerOfANewCommuneThatTheOldOneDidNotBecomePartOfDoesNotSeeIt()
    {
        var response = await Supervisor(ApplicationForms.Commune).GetAsync($"{IntakeClients.ApplicationsPath}/{PreviousReleaseIntake.ApplicationId}");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("38")]
    [InlineData(HamRong)]
    public async Task SearchingANewUnitFindsTheOldWorkOfTheUnitsThatBecamePartOfIt(string unitCode)
    {
        var page = await (await Supervisor(unitCode).GetAsync($"{IntakeClients.ApplicationsPath}?unitCode={unitCode}")).OkJsonAsync();
        Assert.Contains(PreviousReleaseIntake.ApplicationId.ToString(), page.GetProperty("items").Strings("applicationId"));
    }

    [Fact]
    public async Task TheWorklistOfANewCommuneHoldsTheOldRostersOfTheCommunesThatBecamePartOfIt()
    {
        var page = await (await Supervisor(HamRong).GetAsync($"/api/intake/worklists?communeCode={HamRong}")).OkJsonAsync();
        Assert.Contains(PreviousReleaseIntake.RosterPersonalId, page.GetProperty("items").Strings("personalId"));
    }

    [Fact]
    public async Task TheUpgradeSetsEveryExistingRowToTheThreeTierMap()
    {
        var maps = await intake.QueryAsync(async db => new
        {
            Application = (await db.Applications.AsNoTracking().SingleAsync(a => a.Id == PreviousReleaseIntake.ApplicationId)).Map,
            Roster = (await db.EligibleCitizens.AsNoTracking().SingleAsync(c => c.PersonalId == PreviousReleaseIntake.RosterPersonalId)).Map,
        });
        Assert.Equal(Contracts.UnitMap.ThreeTier2023, maps.Application);
        Assert.Equal(Contracts.UnitMap.ThreeTier2023, maps.Roster);
    }
}
