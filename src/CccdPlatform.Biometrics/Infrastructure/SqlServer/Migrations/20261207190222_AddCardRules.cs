using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccdPlatform.Biometrics.Infrastructure.SqlServer.Migrations
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
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<byte[]>(
                name: "EncryptedTemplate",
                table: "CaptureIrises",
                type: "varbinary(max)",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "varbinary(max)");

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedExceptionPhotoRef",
                table: "CaptureIrises",
                type: "varbinary(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Exception",
                table: "CaptureIrises",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            // Applications announced before intake said which biometrics apply were of the 2014 rules.
            migrationBuilder.AddColumn<string>(
                name: "Biometrics",
                table: "Applications",
                type: "nvarchar(20)",
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
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<byte[]>(
                name: "EncryptedTemplate",
                table: "CaptureIrises",
                type: "varbinary(max)",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "varbinary(max)",
                oldNullable: true);
        }
    }
}
