using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Exceed.Migrations.Sqlite.Migrations
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
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LanguageRuleSettings", x => x.RuleId);
                });

            migrationBuilder.CreateTable(
                name: "PhrasebookStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefaultsLoaded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhrasebookStamps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PhraseEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Use = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Phrase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Suggestion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Exceptions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
