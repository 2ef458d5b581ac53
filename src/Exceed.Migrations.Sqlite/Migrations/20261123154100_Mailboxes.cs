using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Exceed.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Mailboxes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Mailboxes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Folder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Imap_Host = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Imap_Port = table.Column<int>(type: "INTEGER", nullable: false),
                    Imap_Security = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Imap_UserName = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Imap_Password = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Imap_TrustedCertificateSha256 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Smtp_Host = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Smtp_Port = table.Column<int>(type: "INTEGER", nullable: false),
                    Smtp_Security = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Smtp_UserName = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Smtp_Password = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Smtp_TrustedCertificateSha256 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UidValidity = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUid = table.Column<long>(type: "INTEGER", nullable: false),
                    LastReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastErrorAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mailboxes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Mailboxes_Address",
                table: "Mailboxes",
                column: "Address",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Mailboxes");
        }
    }
}
