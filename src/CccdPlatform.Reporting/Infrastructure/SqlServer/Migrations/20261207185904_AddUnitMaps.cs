using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Reporting.Infrastructure.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddUnitMaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every row written before there were two maps names units of the 2023 map: it stays reportable as such.
            migrationBuilder.DropPrimaryKey(
                name: "PK_UnitTargets",
                table: "UnitTargets");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnitProgress",
                table: "UnitProgress");

            migrationBuilder.DropPrimaryKey(
                name: "PK_TeamDailyProgress",
                table: "TeamDailyProgress");

            migrationBuilder.DropPrimaryKey(
                name: "PK_KnownUnits",
                table: "KnownUnits");

            migrationBuilder.DropIndex(
                name: "IX_KnownUnits_DistrictCode",
                table: "KnownUnits");

            migrationBuilder.DropIndex(
                name: "IX_KnownUnits_ProvinceCode",
                table: "KnownUnits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DailyProgress",
                table: "DailyProgress");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CommuneRosters",
                table: "CommuneRosters");

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "UnitTargets",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "UnitProgress",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "TeamDailyProgress",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "KnownUnits",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "EIdAccountStates",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "DailyProgress",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "CommuneRosters",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "ApplicationStates",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnitTargets",
                table: "UnitTargets",
                columns: new[] { "Map", "UnitCode" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnitProgress",
                table: "UnitProgress",
                columns: new[] { "Map", "UnitCode", "Metric" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_TeamDailyProgress",
                table: "TeamDailyProgress",
                columns: new[] { "Map", "UnitCode", "Day", "Kind", "Code" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_KnownUnits",
                table: "KnownUnits",
                columns: new[] { "Map", "Code" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_DailyProgress",
                table: "DailyProgress",
                columns: new[] { "Map", "UnitCode", "Day", "Metric" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_CommuneRosters",
                table: "CommuneRosters",
                columns: new[] { "Map", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_KnownUnits_Map_DistrictCode",
                table: "KnownUnits",
                columns: new[] { "Map", "DistrictCode" });

            migrationBuilder.CreateIndex(
                name: "IX_KnownUnits_Map_ProvinceCode",
                table: "KnownUnits",
                columns: new[] { "Map", "ProvinceCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_UnitTargets",
                table: "UnitTargets");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UnitProgress",
                table: "UnitProgress");

            migrationBuilder.DropPrimaryKey(
                name: "PK_TeamDailyProgress",
                table: "TeamDailyProgress");

            migrationBuilder.DropPrimaryKey(
                name: "PK_KnownUnits",
                table: "KnownUnits");

            migrationBuilder.DropIndex(
                name: "IX_KnownUnits_Map_DistrictCode",
                table: "KnownUnits");

            migrationBuilder.DropIndex(
                name: "IX_KnownUnits_Map_ProvinceCode",
                table: "KnownUnits");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DailyProgress",
                table: "DailyProgress");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CommuneRosters",
                table: "CommuneRosters");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "UnitTargets");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "UnitProgress");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "TeamDailyProgress");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "KnownUnits");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "EIdAccountStates");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "DailyProgress");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "CommuneRosters");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "ApplicationStates");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnitTargets",
                table: "UnitTargets",
                column: "UnitCode");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UnitProgress",
                table: "UnitProgress",
                columns: new[] { "UnitCode", "Metric" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_TeamDailyProgress",
                table: "TeamDailyProgress",
                columns: new[] { "UnitCode", "Day", "Kind", "Code" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_KnownUnits",
                table: "KnownUnits",
                column: "Code");

            migrationBuilder.AddPrimaryKey(
                name: "PK_DailyProgress",
                table: "DailyProgress",
                columns: new[] { "UnitCode", "Day", "Metric" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_CommuneRosters",
                table: "CommuneRosters",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_KnownUnits_DistrictCode",
                table: "KnownUnits",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_KnownUnits_ProvinceCode",
                table: "KnownUnits",
                column: "ProvinceCode");
        }
    }
}
