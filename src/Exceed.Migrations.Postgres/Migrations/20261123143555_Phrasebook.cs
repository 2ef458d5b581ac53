using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Exceed.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Phrasebook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LanguageRuleSettings",
                columns: table => new
                {
                    RuleId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LanguageRuleSettings", x => x.RuleId);
                });

            migrationBuilder.CreateTable(
                name: "PhrasebookStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    DefaultsLoaded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhrasebookStamps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PhraseEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Use = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RuleId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Phrase = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Suggestion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Exceptions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhraseEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PhraseEntries_Language_Use",
                table: "PhraseEntries",
                columns: new[] { "Language", "Use" });

            migrationBuilder.CreateIndex(
                name: "IX_PhraseEntries_RuleId",
                table: "PhraseEntries",
                column: "RuleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LanguageRuleSettings");

            migrationBuilder.DropTable(
                name: "PhrasebookStamps");

            migrationBuilder.DropTable(
                name: "PhraseEntries");
        }
    }
}
