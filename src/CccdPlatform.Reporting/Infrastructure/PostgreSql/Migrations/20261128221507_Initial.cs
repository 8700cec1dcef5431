using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CccdPlatform.Reporting.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApplicationStates",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    PermanentProvinceCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    IsCrossProvince = table.Column<bool>(type: "boolean", nullable: false),
                    Received = table.Column<bool>(type: "boolean", nullable: false),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    VisitType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RequestKind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TeamCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MachineId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CollectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationStates", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "CampaignWindows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignWindows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommuneRosters",
                columns: table => new
                {
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    EligibleCount = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommuneRosters", x => x.CommuneCode);
                });

            migrationBuilder.CreateTable(
                name: "DailyProgress",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Metric = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyProgress", x => new { x.UnitCode, x.Day, x.Metric });
                });

            migrationBuilder.CreateTable(
                name: "EIdAccountStates",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EIdAccountStates", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "EIdDeadlineBreaches",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EIdDeadlineBreaches", x => x.RequestId);
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
                name: "KnownUnits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    CommuneCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownUnits", x => x.Code);
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
                name: "PendingEvents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingEvents", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ProjectorStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ProjectedEvents = table.Column<long>(type: "bigint", nullable: false),
                    SkippedEvents = table.Column<long>(type: "bigint", nullable: false),
                    LastProjectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RebuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectorStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoredEvents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredEvents", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "TeamDailyProgress",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamDailyProgress", x => new { x.UnitCode, x.Day, x.Kind, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "UnitProgress",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Metric = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitProgress", x => new { x.UnitCode, x.Metric });
                });

            migrationBuilder.CreateTable(
                name: "UnitTargets",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Eligible = table.Column<long>(type: "bigint", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitTargets", x => x.UnitCode);
                });

            migrationBuilder.InsertData(
                table: "ProjectorStates",
                columns: new[] { "Id", "LastProjectedAt", "ProjectedEvents", "RebuiltAt", "SkippedEvents" },
                values: new object[] { 1, null, 0L, null, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignWindows_UnitCode",
                table: "CampaignWindows",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_ReceivedAt",
                table: "InboxMessages",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_KnownUnits_DistrictCode",
                table: "KnownUnits",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_KnownUnits_ProvinceCode",
                table: "KnownUnits",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StoredEvents_MessageId",
                table: "StoredEvents",
                column: "MessageId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationStates");

            migrationBuilder.DropTable(
                name: "CampaignWindows");

            migrationBuilder.DropTable(
                name: "CommuneRosters");

            migrationBuilder.DropTable(
                name: "DailyProgress");

            migrationBuilder.DropTable(
                name: "EIdAccountStates");

            migrationBuilder.DropTable(
                name: "EIdDeadlineBreaches");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "KnownUnits");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PendingEvents");

            migrationBuilder.DropTable(
                name: "ProjectorStates");

            migrationBuilder.DropTable(
                name: "StoredEvents");

            migrationBuilder.DropTable(
                name: "TeamDailyProgress");

            migrationBuilder.DropTable(
                name: "UnitProgress");

            migrationBuilder.DropTable(
                name: "UnitTargets");
        }
    }
}
