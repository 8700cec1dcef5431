using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Intake.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddCardRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CurrentCardIssuedOn",
                table: "Applications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalRepresentative_FullName",
                table: "Applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalRepresentative_PersonalId",
                table: "Applications",
                type: "character(12)",
                fixedLength: true,
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalRepresentative_Relationship",
                table: "Applications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CurrentCardIssuedOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LegalRepresentative_FullName",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LegalRepresentative_PersonalId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "LegalRepresentative_Relationship",
                table: "Applications");
        }
    }
}
