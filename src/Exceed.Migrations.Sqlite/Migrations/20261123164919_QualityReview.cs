using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Exceed.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QualityReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReplyReviews",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Problems = table.Column<int>(type: "INTEGER", nullable: false),
                    Overridden = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedAtSend = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplyReviews", x => x.EntryId);
                    table.ForeignKey(
                        name: "FK_ReplyReviews_ConversationEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ConversationEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReplyFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Overridden = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplyFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReplyFindings_ReplyReviews_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ReplyReviews",
                        principalColumn: "EntryId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReplyFindings_EntryId",
                table: "ReplyFindings",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplyFindings_RuleId_SentAt",
                table: "ReplyFindings",
                columns: new[] { "RuleId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReplyFindings_SentAt",
                table: "ReplyFindings",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReplyReviews_AuthorId_SentAt",
                table: "ReplyReviews",
                columns: new[] { "AuthorId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReplyReviews_SentAt",
                table: "ReplyReviews",
                column: "SentAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReplyFindings");

            migrationBuilder.DropTable(
                name: "ReplyReviews");
        }
    }
}
