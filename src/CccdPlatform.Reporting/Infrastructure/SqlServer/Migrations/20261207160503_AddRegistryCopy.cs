using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Reporting.Infrastructure.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddRegistryCopy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegistryEntries",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    DistrictCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    CommuneCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TeamCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    StationCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Members = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryEntries", x => new { x.Kind, x.Code });
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistryEntries_Kind_ProvinceCode",
                table: "RegistryEntries",
                columns: new[] { "Kind", "ProvinceCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegistryEntries");
        }
    }
}
