using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.EIdentification.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OutboxErrors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Error",
                table: "OutboxMessages",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Error",
                table: "OutboxMessages");
        }
    }
}
