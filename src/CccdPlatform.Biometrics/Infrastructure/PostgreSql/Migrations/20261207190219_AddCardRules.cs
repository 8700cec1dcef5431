using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Biometrics.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddCardRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Quality",
                table: "CaptureIrises",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<byte[]>(
                name: "EncryptedTemplate",
                table: "CaptureIrises",
                type: "bytea",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "bytea");

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedExceptionPhotoRef",
                table: "CaptureIrises",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Exception",
                table: "CaptureIrises",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // Applications announced before intake said which biometrics apply were of the 2014 rules.
            migrationBuilder.AddColumn<string>(
                name: "Biometrics",
                table: "Applications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "FaceAndFingers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EncryptedExceptionPhotoRef",
                table: "CaptureIrises");

            migrationBuilder.DropColumn(
                name: "Exception",
                table: "CaptureIrises");

            migrationBuilder.DropColumn(
                name: "Biometrics",
                table: "Applications");

            migrationBuilder.AlterColumn<int>(
                name: "Quality",
                table: "CaptureIrises",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<byte[]>(
                name: "EncryptedTemplate",
                table: "CaptureIrises",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);
        }
    }
}
