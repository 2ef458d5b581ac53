using Exceed.Core.Data;
using Exceed.Core.Search;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Exceed.Bench;

/// <summary>Bulk-loads generated messages straight into SearchDocuments (the engines' triggers / generated column do the rest).</summary>
internal static class SearchLoader
{
    private const int Batch = 50_000;

    private sealed record Row(Guid EntityId, Guid CustomerId, Guid ConversationId, string Text, string Terms, DateTimeOffset At);

    private static IEnumerable<Row> Generate(int count)
    {
        var corpus = new SearchCorpus(seed: 1);
        var random = new Random(2);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var text = SearchTokenizer.Indexed(corpus.Message());
            var customer = new Guid(random.Next(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
            yield return new Row(Guid.CreateVersion7(), customer, new Guid(random.Next(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 2),
                text, SearchTokenizer.Terms(text), start.AddSeconds(i * 20));
        }
    }

    public static Task LoadAsync(DatabaseSettings settings, int count, CancellationToken ct) =>
        settings.IsPostgres ? PostgresAsync(settings.EffectiveConnectionString, count, ct) : SqliteAsync(settings.EffectiveConnectionString, count, ct);

    private static async Task SqliteAsync(string connectionString, int count, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await Execute(connection, "PRAGMA synchronous=OFF;", ct);
        foreach (var chunk in Generate(count).Chunk(Batch))
        {
            await using var tx = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO SearchDocuments (Kind, EntityId, CustomerId, ConversationId, Text, Terms, At) VALUES ('Message', $e, $c, $v, $t, $terms, $at)";
            var p = new[] { "$e", "$c", "$v", "$t", "$terms", "$at" }.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
            foreach (var row in chunk)
            {
                p[0].Value = row.EntityId.ToString().ToUpperInvariant();
                p[1].Value = row.CustomerId.ToString().ToUpperInvariant();
                p[2].Value = row.ConversationId.ToString().ToUpperInvariant();
                p[3].Value = row.Text;
                p[4].Value = row.Terms;
                p[5].Value = row.At.UtcTicks;
                await insert.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        // Merges FTS5's segments into one b-tree, as a quiet night's maintenance would.
        await Execute(connection, "INSERT INTO SearchFts(SearchFts) VALUES ('optimize'); PRAGMA optimize;", ct);
    }

    private static async Task PostgresAsync(string connectionString, int count, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var chunk in Generate(count).Chunk(Batch))
        {
            await using var importer = await connection.BeginBinaryImportAsync(
                "COPY \"SearchDocuments\" (\"Kind\", \"EntityId\", \"CustomerId\", \"ConversationId\", \"Text\", \"Terms\", \"At\") FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in chunk)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync("Message", NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(row.EntityId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(row.CustomerId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(row.ConversationId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(row.Text, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(row.Terms, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(row.At, NpgsqlDbType.TimestampTz, ct);
            }
            await importer.CompleteAsync(ct);
        }
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE \"SearchDocuments\"", connection);
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync(ct);
    }

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
