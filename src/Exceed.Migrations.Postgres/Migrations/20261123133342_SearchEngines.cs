using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Exceed.Migrations.Postgres.Migrations
{
    /// <summary>
    /// HAND-WRITTEN RAW SQL (search engine, not part of the EF model): SearchDocuments.Terms (our folded terms,
    /// space-separated in order) becomes a generated tsvector with positions and a GIN index. The vector is built from
    /// tsvector input syntax, not a text-search parser, so PostgreSQL's locale cannot split or drop our terms; terms hold
    /// only letters and digits, so quoting them needs no escaping.
    /// </summary>
    public partial class SearchEngines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION exceed_search_vector(terms text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                  SELECT coalesce(string_agg('''' || t || ''':' || least(n, 16383), ' ')::tsvector, ''::tsvector)
                  FROM unnest(string_to_array(terms, ' ')) WITH ORDINALITY AS u(t, n) WHERE t <> ''
                $$;
                ALTER TABLE "SearchDocuments" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (exceed_search_vector("Terms")) STORED;
                CREATE INDEX "IX_SearchDocuments_SearchVector" ON "SearchDocuments" USING GIN ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_SearchDocuments_SearchVector";
                ALTER TABLE "SearchDocuments" DROP COLUMN "SearchVector";
                DROP FUNCTION exceed_search_vector(text);
                """);
        }
    }
}
