using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Intake.Infrastructure.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonalId = table.Column<string>(type: "nchar(12)", fixedLength: true, maxLength: 12, nullable: false),
                    CitizenRef = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PhoneNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    RequestKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CollectingUnitCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    CollectingProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    CollectingDistrictCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    CollectingCommuneCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    IsCrossProvince = table.Column<bool>(type: "bit", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VisitType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TeamCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    MachineId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CollectedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CollectedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CurrentAddress_CommuneCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    CurrentAddress_DistrictCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    CurrentAddress_Line = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CurrentAddress_ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    PermanentAddress_CommuneCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    PermanentAddress_DistrictCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    PermanentAddress_Line = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PermanentAddress_ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    PlaceOfOrigin_CommuneCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    PlaceOfOrigin_DistrictCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    PlaceOfOrigin_ProvinceCode = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BatchItems",
                columns: table => new
                {
                    MachineId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ClientItemId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    BatchId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchItems", x => new { x.MachineId, x.ClientItemId });
                });

            migrationBuilder.CreateTable(
                name: "EligibleCitizens",
                columns: table => new
                {
                    PersonalId = table.Column<string>(type: "nchar(12)", fixedLength: true, maxLength: 12, nullable: false),
                    CommuneCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    AddressLine = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ReasonNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReasonRecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReasonRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibleCitizens", x => x.PersonalId);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RequestHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "OpenApplications",
                columns: table => new
                {
                    PersonalId = table.Column<string>(type: "nchar(12)", fixedLength: true, maxLength: 12, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenApplications", x => x.PersonalId);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageType = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TraceParent = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusChanges_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CollectingCommuneCode_ReceivedAt",
                table: "Applications",
                columns: new[] { "CollectingCommuneCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CollectingDistrictCode_ReceivedAt",
                table: "Applications",
                columns: new[] { "CollectingDistrictCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CollectingProvinceCode_ReceivedAt",
                table: "Applications",
                columns: new[] { "CollectingProvinceCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PersonalId",
                table: "Applications",
                column: "PersonalId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReceivedAt",
                table: "Applications",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_EligibleCitizens_CommuneCode_PersonalId",
                table: "EligibleCitizens",
                columns: new[] { "CommuneCode", "PersonalId" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                table: "IdempotencyRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_ReceivedAt",
                table: "InboxMessages",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusChanges_ApplicationId",
                table: "StatusChanges",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BatchItems");

            migrationBuilder.DropTable(
                name: "EligibleCitizens");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "OpenApplications");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "StatusChanges");

            migrationBuilder.DropTable(
                name: "Applications");
        }
    }
}
