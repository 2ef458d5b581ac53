using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Exceed.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Folder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Imap_Host = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Imap_Port = table.Column<int>(type: "integer", nullable: false),
                    Imap_Security = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Imap_UserName = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Imap_Password = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Imap_TrustedCertificateSha256 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Smtp_Host = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Smtp_Port = table.Column<int>(type: "integer", nullable: false),
                    Smtp_Security = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Smtp_UserName = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Smtp_Password = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Smtp_TrustedCertificateSha256 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UidValidity = table.Column<long>(type: "bigint", nullable: true),
                    LastUid = table.Column<long>(type: "bigint", nullable: false),
                    LastReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastErrorAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
