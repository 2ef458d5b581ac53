using System.Text.Json;
using Exceed.Core.Calls;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Exceed.Core.Recognition;

/// <summary>
/// The card in one PostgreSQL statement, so one round trip: the identity's owner, the merge chain (followed in SQL, as
/// far as <see cref="RecognitionService.MaxMergeHops"/>) and every part, as one JSON document. The same filters, order and
/// limits as <see cref="CardQueries"/>; tables, columns and conversions come from the EF model (<see cref="JsonRows"/>),
/// and the SQL is built once per model.
/// </summary>
internal sealed class CardStatement : ICardReads
{
    private const string CustomerId = nameof(CustomerIdentity.CustomerId);

    private readonly JsonRows customers, identities, preferences, dates, purchases, wishes, notes, calls;
    private readonly RelationalTypeMapping kindType, valueType, idType, idsType;
    private readonly string byIdentity, byId, byIds;

    public CardStatement(ExceedDb db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        JsonRows Rows<T>() => new(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."), sql);
        (customers, identities, preferences, dates) = (Rows<Customer>(), Rows<CustomerIdentity>(), Rows<Preference>(), Rows<ImportantDate>());
        (purchases, wishes, notes, calls) = (Rows<Purchase>(), Rows<WishItem>(), Rows<CustomerNote>(), Rows<Call>());
        var identity = db.Model.FindEntityType(typeof(CustomerIdentity))!;
        kindType = identity.FindProperty(nameof(CustomerIdentity.Kind))!.GetRelationalTypeMapping();
        valueType = identity.FindProperty(nameof(CustomerIdentity.Value))!.GetRelationalTypeMapping();
        idType = db.Model.FindEntityType(typeof(Customer))!.FindProperty(nameof(Customer.Id))!.GetRelationalTypeMapping();
        idsType = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(Guid[]))
            ?? throw new InvalidOperationException("The provider has no array mapping for customer ids.");

        byIdentity = $"""
            WITH RECURSIVE holder AS (
                SELECT i.{identities.ColumnName(CustomerId)} AS id FROM {identities.Table} AS i
                WHERE i.{identities.ColumnName(nameof(CustomerIdentity.Kind))} = @kind AND i.{identities.ColumnName(nameof(CustomerIdentity.Value))} = @value
                LIMIT 1
            ), {ChainAndCard()}
            """;
        byId = $"WITH RECURSIVE holder AS (SELECT @id AS id), {ChainAndCard()}";
        // The same card per id, as a correlated subquery: one row of JSON per id asked for.
        byIds = $"SELECT (WITH RECURSIVE holder AS (SELECT asked.id AS id), {ChainAndCard()}) FROM unnest(@ids) AS asked(id)";
    }

    public async Task<(Guid? Owner, CardSource? Source)> ByIdentityAsync(ExceedDb db, IdentityKind kind, string value, CancellationToken ct) =>
        (await ReadAsync(db, byIdentity, [("kind", kindType, kind), ("value", valueType, value)], ct))[0];

    public async Task<CardSource?> ByIdAsync(ExceedDb db, Guid id, CancellationToken ct) =>
        (await ReadAsync(db, byId, [("id", idType, id)], ct))[0].Source;

    public async Task<Dictionary<Guid, CardSource?>> ByIdsAsync(ExceedDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var cards = new Dictionary<Guid, CardSource?>();
        foreach (var (asked, source) in await ReadAsync(db, byIds, [("ids", idsType, ids.ToArray())], ct))
        {
            cards[asked!.Value] = source;
        }
        return cards;
    }

    /// <summary>
    /// Each hop skips erased customers, as the EF path does: a chain that stops at an erased record before the hop limit
    /// (its last row still points on) gives no card; one that reaches the limit gives the record it reached.
    /// </summary>
    private string ChainAndCard()
    {
        var id = customers.ColumnName(nameof(Customer.Id));
        var next = customers.ColumnName(nameof(Customer.MergedIntoId));
        var erased = customers.ColumnName(nameof(Customer.ErasedAt));
        var hops = RecognitionService.MaxMergeHops;
        return $"""
            chain AS (
                SELECT c.{id} AS id, c.{next} AS next, 0 AS hops FROM {customers.Table} AS c
                WHERE c.{id} = (SELECT id FROM holder) AND c.{erased} IS NULL
                UNION ALL
                SELECT c.{id}, c.{next}, chain.hops + 1 FROM chain JOIN {customers.Table} AS c ON c.{id} = chain.next
                WHERE chain.hops < {hops} AND c.{erased} IS NULL
            ), kept AS (
                SELECT id FROM (SELECT id, next, hops FROM chain ORDER BY hops DESC LIMIT 1) AS deepest
                WHERE next IS NULL OR hops = {hops}
            )
            SELECT json_build_array(
                (SELECT id FROM holder),
                (SELECT {customers.Array("t")} FROM {customers.Table} AS t WHERE t.{id} = (SELECT id FROM kept)),
                {Part(identities)},
                {Part(preferences)},
                {Part(dates)},
                {Part(purchases, newestFirst: nameof(Purchase.PurchasedAt), take: RecognitionService.RecentPurchases)},
                {Part(wishes, also: $"t.{wishes.ColumnName(nameof(WishItem.FulfilledAt))} IS NULL")},
                {Part(notes, newestFirst: nameof(CustomerNote.CreatedAt), take: RecognitionService.RecentNotes)},
                {Part(calls, newestFirst: nameof(Call.ReceivedAt), take: RecognitionService.RecentCalls)})
            """;
    }

    /// <summary>The kept customer's rows of one part as a JSON array ('[]' when none).</summary>
    private static string Part(JsonRows rows, string? also = null, string? newestFirst = null, int take = 0)
    {
        var where = $"t.{rows.ColumnName(CustomerId)} = (SELECT id FROM kept){(also is null ? "" : $" AND {also}")}";
        if (newestFirst is null)
        {
            return $"(SELECT coalesce(json_agg({rows.Array("t")}), '[]') FROM {rows.Table} AS t WHERE {where})";
        }
        var order = $"{rows.ColumnName(newestFirst)} DESC";
        return $"(SELECT coalesce(json_agg({rows.Array("r")} ORDER BY r.{order}), '[]') "
            + $"FROM (SELECT * FROM {rows.Table} AS t WHERE {where} ORDER BY t.{order} LIMIT {take}) AS r)";
    }

    /// <summary>One card per row the statement returns.</summary>
    private async Task<List<(Guid? Owner, CardSource? Source)>> ReadAsync(ExceedDb db, string sql,
        (string Name, RelationalTypeMapping Type, object Value)[] parameters, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (db.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }
            foreach (var (name, type, value) in parameters)
            {
                // The mapping applies the model's converter (an enum becomes its stored string) and the store type (uuid[] for the ids).
                command.Parameters.Add(type.CreateParameter(command, name, value, nullable: false));
            }
            // Planning this statement costs PostgreSQL more than running it; a prepared statement lives on the physical
            // connection, so only a connection's first card pays a round trip to prepare it.
            await command.PrepareAsync(ct);
            var cards = new List<(Guid? Owner, CardSource? Source)>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                cards.Add(Parse(reader.GetString(0)));
            }
            return cards;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private (Guid? Owner, CardSource? Source) Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Guid? owner = root[0].ValueKind == JsonValueKind.Null ? null : root[0].GetGuid();
        if (root[1].ValueKind == JsonValueKind.Null)
        {
            return (owner, null);
        }
        var customer = customers.Read<Customer>(root[1]);
        customer.Identities = identities.ReadAll<CustomerIdentity>(root[2]);
        customer.Preferences = preferences.ReadAll<Preference>(root[3]);
        customer.ImportantDates = dates.ReadAll<ImportantDate>(root[4]);
        customer.Purchases = purchases.ReadAll<Purchase>(root[5]);
        customer.WishItems = wishes.ReadAll<WishItem>(root[6]);
        customer.Notes = notes.ReadAll<CustomerNote>(root[7]);
        return (owner, new CardSource(customer, calls.ReadAll<Call>(root[8])));
    }
}
