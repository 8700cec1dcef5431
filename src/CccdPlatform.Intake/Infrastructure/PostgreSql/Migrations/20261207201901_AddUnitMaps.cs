using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Intake.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddUnitMaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every row written before this release holds codes of the April 2023 map (edited by hand: rerun this edit
            // if the migration is ever regenerated).
            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "EligibleCitizens",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "ThreeTier2023");

            migrationBuilder.AlterColumn<string>(
                name: "PermanentAddress_DistrictCode",
                table: "Applications",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(3)",
                oldMaxLength: 3);

            migrationBuilder.AddColumn<string>(
                name: "Map",
                table: "Applications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "ThreeTier2023");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Map",
                table: "EligibleCitizens");

            migrationBuilder.DropColumn(
                name: "Map",
                table: "Applications");

            migrationBuilder.AlterColumn<string>(
                name: "PermanentAddress_DistrictCode",
                table: "Applications",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(3)",
                oldMaxLength: 3,
                oldNullable: true);
        }
    }
}
