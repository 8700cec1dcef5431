using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Biometrics.Infrastructure.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class HoldEarlyCaptures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Outcome",
                table: "Captures",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Captures",
                type: "nvarchar(401)",
                maxLength: 401,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OfficerIsAdmin",
                table: "Captures",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OfficerUnitCode",
                table: "Captures",
                type: "nvarchar(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestHash",
                table: "Captures",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Captures_IdempotencyKey",
                table: "Captures",
                column: "IdempotencyKey",
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Captures_Outcome_CapturedAt",
                table: "Captures",
                columns: new[] { "Outcome", "CapturedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Captures_IdempotencyKey",
                table: "Captures");

            migrationBuilder.DropIndex(
                name: "IX_Captures_Outcome_CapturedAt",
                table: "Captures");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Captures");

            migrationBuilder.DropColumn(
                name: "OfficerIsAdmin",
                table: "Captures");

            migrationBuilder.DropColumn(
                name: "OfficerUnitCode",
                table: "Captures");

            migrationBuilder.DropColumn(
                name: "RequestHash",
                table: "Captures");

            migrationBuilder.AlterColumn<string>(
                name: "Outcome",
                table: "Captures",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(30)",
                oldMaxLength: 30);
        }
    }
}
