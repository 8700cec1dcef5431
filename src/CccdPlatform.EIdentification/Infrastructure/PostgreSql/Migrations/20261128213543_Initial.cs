using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.EIdentification.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonalId = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    CitizenRef = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PhoneNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UnitProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    UnitDistrictCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    UnitCommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockReason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LockNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StateBeforeLock = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CodeSalt = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: true),
                    CodeHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true),
                    CodeIssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CodeExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonalId = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: true),
                    BiometricsAcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CardDeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "Citizens",
                columns: table => new
                {
                    PersonalId = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    CitizenRef = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citizens", x => x.PersonalId);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    TraceParent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UnitProvinceCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    UnitDistrictCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    UnitCommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    HasChipCard = table.Column<bool>(type: "boolean", nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WaitingFor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    FulfilledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BreachedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountRequests_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountRequests_AccountId",
                table: "AccountRequests",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountRequests_FulfilledAt_DueAt",
                table: "AccountRequests",
                columns: new[] { "FulfilledAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountRequests_UnitCommuneCode_DueAt",
                table: "AccountRequests",
                columns: new[] { "UnitCommuneCode", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountRequests_UnitDistrictCode_DueAt",
                table: "AccountRequests",
                columns: new[] { "UnitDistrictCode", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountRequests_UnitProvinceCode_DueAt",
                table: "AccountRequests",
                columns: new[] { "UnitProvinceCode", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_PersonalId",
                table: "Accounts",
                column: "PersonalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_UnitCommuneCode_Level_State",
                table: "Accounts",
                columns: new[] { "UnitCommuneCode", "Level", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_UnitDistrictCode_Level_State",
                table: "Accounts",
                columns: new[] { "UnitDistrictCode", "Level", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_UnitProvinceCode_Level_State",
                table: "Accounts",
                columns: new[] { "UnitProvinceCode", "Level", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PersonalId",
                table: "Applications",
                column: "PersonalId");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_CitizenRef",
                table: "Citizens",
                column: "CitizenRef",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_ReceivedAt",
                table: "InboxMessages",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountRequests");

            migrationBuilder.DropTable(
                name: "Applications");

            migrationBuilder.DropTable(
                name: "Citizens");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Accounts");
        }
    }
}
