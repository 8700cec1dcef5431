using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.EIdentification.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SelfServiceAndRepresentatives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnitCommuneCode",
                table: "Citizens",
                type: "character varying(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitDistrictCode",
                table: "Citizens",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitProvinceCode",
                table: "Citizens",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "FaceCheckScore",
                table: "AccountRequests",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PortraitRef",
                table: "AccountRequests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeName",
                table: "AccountRequests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativePersonalId",
                table: "AccountRequests",
                type: "character(12)",
                fixedLength: true,
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeRelationship",
                table: "AccountRequests",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnitCommuneCode",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "UnitDistrictCode",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "UnitProvinceCode",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "FaceCheckScore",
                table: "AccountRequests");

            migrationBuilder.DropColumn(
                name: "PortraitRef",
                table: "AccountRequests");

            migrationBuilder.DropColumn(
                name: "RepresentativeName",
                table: "AccountRequests");

            migrationBuilder.DropColumn(
                name: "RepresentativePersonalId",
                table: "AccountRequests");

            migrationBuilder.DropColumn(
                name: "RepresentativeRelationship",
                table: "AccountRequests");
        }
    }
}
