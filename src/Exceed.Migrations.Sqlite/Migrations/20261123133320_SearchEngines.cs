using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Exceed.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// HAND-WRITTEN RAW SQL (search engine, not part of the EF model): an external-content FTS5 table over
    /// SearchDocuments.Terms, kept in step by three triggers so every index change commits with the row.
    /// The 'ascii' tokenizer splits only on ASCII spaces and punctuation: our terms arrive already folded.
    /// </summary>
    public partial class SearchEngines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchFts USING fts5(Terms, content='SearchDocuments', content_rowid='Id', tokenize='ascii');
                CREATE TRIGGER SearchDocuments_inserted AFTER INSERT ON SearchDocuments BEGIN
                  INSERT INTO SearchFts(rowid, Terms) VALUES (new.Id, new.Terms);
                END;
                CREATE TRIGGER SearchDocuments_deleted AFTER DELETE ON SearchDocuments BEGIN
                  INSERT INTO SearchFts(SearchFts, rowid, Terms) VALUES ('delete', old.Id, old.Terms);
                END;
                CREATE TRIGGER SearchDocuments_updated AFTER UPDATE OF Terms ON SearchDocuments BEGIN
                  INSERT INTO SearchFts(SearchFts, rowid, Terms) VALUES ('delete', old.Id, old.Terms);
                  INSERT INTO SearchFts(rowid, Terms) VALUES (new.Id, new.Terms);
                END;
                INSERT INTO SearchFts(SearchFts) VALUES ('rebuild');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER SearchDocuments_updated;
                DROP TRIGGER SearchDocuments_deleted;
                DROP TRIGGER SearchDocuments_inserted;
                DROP TABLE SearchFts;
                """);
        }
    }
}
