using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Biometrics.Infrastructure.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddApplicationUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CollectingCommuneCode",
                table: "Applications",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectingDistrictCode",
                table: "Applications",
                type: "nvarchar(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectingProvinceCode",
                table: "Applications",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HomeProvinceCode",
                table: "Applications",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CollectingCommuneCode",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "CollectingDistrictCode",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "CollectingProvinceCode",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "HomeProvinceCode",
                table: "Applications");
        }
    }
}
