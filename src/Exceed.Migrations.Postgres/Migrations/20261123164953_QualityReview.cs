using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Exceed.Migrations.Postgres.Migrations
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
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Problems = table.Column<int>(type: "integer", nullable: false),
                    Overridden = table.Column<int>(type: "integer", nullable: false),
                    CheckedAtSend = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Start = table.Column<int>(type: "integer", nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Overridden = table.Column<bool>(type: "boolean", nullable: false)
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
