using Npgsql;
using NpgsqlTypes;

namespace Exceed.Core.Data.Generator;

/// <summary>Binary COPY per table and batch: the fastest way into PostgreSQL, with values in the column types EF Core created.</summary>
internal sealed class PostgresBulkWriter(string connectionString) : IBulkWriter
{
    private readonly NpgsqlConnection connection = new(connectionString);

    public Task StartAsync(CancellationToken ct) => connection.OpenAsync(ct);

    public async Task WriteAsync(GeneratedBatch batch, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await CopyAsync("Customers", "\"Id\", \"DisplayName\", \"FamilyName\", \"Salutation\", \"Language\", \"Type\", \"LoyaltyStage\", \"Tags\", \"NameKey\", \"CreatedAt\", \"UpdatedAt\"",
            batch.Customers, async (w, c) =>
            {
                await w.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(c.DisplayName, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(w, c.FamilyName, ct);
                await w.WriteAsync(c.Salutation.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.Language, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.Type.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.LoyaltyStage.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.Tags, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.NameKey, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(c.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            }, ct);
        await CopyAsync("Identities", "\"Id\", \"CustomerId\", \"Kind\", \"Value\", \"Display\"", batch.Identities, async (w, i) =>
        {
            await w.WriteAsync(i.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(i.CustomerId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(i.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(i.Value, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(w, i.Display, ct);
        }, ct);
        await CopyAsync("Preferences", "\"Id\", \"CustomerId\", \"Kind\", \"Text\"", batch.Preferences, async (w, p) =>
        {
            await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(p.CustomerId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(p.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.Text, NpgsqlDbType.Varchar, ct);
        }, ct);
        await CopyAsync("Purchases", "\"Id\", \"CustomerId\", \"Item\", \"Amount\", \"Currency\", \"PurchasedAt\", \"Channel\"", batch.Purchases, async (w, p) =>
        {
            await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(p.CustomerId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(p.Item, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.Amount, NpgsqlDbType.Numeric, ct);
            await w.WriteAsync(p.Currency, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.PurchasedAt, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(w, p.Channel, ct);
        }, ct);
        await CopyAsync("WishItems", "\"Id\", \"CustomerId\", \"Item\", \"WishedAt\", \"Note\"", batch.WishItems, async (w, x) =>
        {
            await w.WriteAsync(x.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(x.CustomerId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(x.Item, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(x.WishedAt, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(w, x.Note, ct);
        }, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task FinishAsync(IProgress<string>? progress, CancellationToken ct)
    {
        progress?.Report("Analysing tables...");
        await using var analyse = new NpgsqlCommand("ANALYZE \"Customers\", \"Identities\", \"Preferences\", \"Purchases\", \"WishItems\"", connection);
        analyse.CommandTimeout = 0;
        await analyse.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task CopyAsync<T>(string table, string columns, List<T> rows, Func<NpgsqlBinaryImporter, T, Task> writeRow, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            await writeRow(importer, row);
        }
        await importer.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, NpgsqlDbType.Varchar, ct);
}
