using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Exceed.Core.Data;

/// <summary>
/// Writes many rows of one entity type inside the context's open transaction without EF's update pipeline, for the hot
/// path where thousands of messages a second arrive (the intake's group commit). Table, columns, value conversions and
/// parameter types all come from the EF model, so the SQL follows the mapping and each provider's migrations. SQLite
/// re-runs one prepared single-row statement (parsing SQL costs more there than running it); PostgreSQL runs one prepared
/// statement per table for all the rows, as arrays unnested into rows.
/// </summary>
public static class RowWriter
{
    /// <summary>
    /// Saves the context: EF writes everything except the changed rows of <paramref name="changedOf"/> and the new rows of
    /// <paramref name="newOf"/>, which are written here afterwards with only the columns EF found changed. A type in
    /// <paramref name="newOf"/> must have no rows that other new rows of this save refer to, since EF writes those first.
    /// The caller holds the transaction; afterwards the context believes every row saved, as after SaveChanges.
    /// <paramref name="alsoInsert"/> are lists of new rows the context does not track (the caller must not also Add them),
    /// inserted after the rest. On PostgreSQL everything written here goes to the server in one round trip.
    /// </summary>
    public static async Task SaveAsync(ExceedDb db, Type[] changedOf, Type[] newOf, IReadOnlyList<IReadOnlyList<object>> alsoInsert, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var added = new List<(Shape Shape, List<object> Rows)>();
        var changed = new Dictionary<(Type, string), (Shape Shape, IProperty[] Columns, List<object> Rows)>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            var type = entry.Metadata.ClrType;
            if (entry.State == EntityState.Added && newOf.Contains(type))
            {
                var shape = Shape.Of(db, type);
                var at = added.FindIndex(a => a.Shape == shape);
                if (at < 0)
                {
                    added.Add((shape, [entry.Entity]));
                }
                else
                {
                    added[at].Rows.Add(entry.Entity);
                }
                entry.State = EntityState.Unchanged;
            }
            else if (entry.State == EntityState.Modified && changedOf.Contains(type))
            {
                var columns = ModifiedColumns(entry);
                var key = (type, string.Join(",", columns.Select(c => c.Name)));
                if (!changed.TryGetValue(key, out var group))
                {
                    changed[key] = group = (Shape.Of(db, type), columns, []);
                }
                group.Rows.Add(entry.Entity);
                // Leaving Modified for Unchanged puts the original values back, unless they are the current ones first.
                entry.OriginalValues.SetValues(entry.CurrentValues);
                entry.State = EntityState.Unchanged;
            }
        }
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        var writes = new List<Write>();
        writes.AddRange(changed.Values.Where(c => c.Columns.Length > 0).Select(c => new Write(c.Shape, c.Columns, c.Rows)));
        writes.AddRange(added.Select(a => new Write(a.Shape, null, a.Rows)));
        writes.AddRange(alsoInsert.Where(rows => rows.Count > 0).Select(rows => new Write(Shape.Of(db, rows[0].GetType()), null, rows)));
        if (writes.Count == 0)
        {
            return;
        }
        var (connection, transaction) = Open(db);
        if (connection is NpgsqlConnection npgsql)
        {
            await WriteBatchAsync(npgsql, (NpgsqlTransaction)transaction, writes, ct);
            return;
        }
        foreach (var write in writes)
        {
            await WriteOneByOneAsync(connection, transaction, write, ct);
        }
    }

    /// <summary>A table's rows to insert (no columns) or to update (the columns to set).</summary>
    private sealed record Write(Shape Shape, IProperty[]? UpdateColumns, IReadOnlyList<object> Rows);

    private static IProperty[] ModifiedColumns(EntityEntry entry)
    {
        var columns = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata).ToArray();
        if (columns.Any(c => c.IsKey() || c.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{entry.Metadata.DisplayName()}: RowWriter updates non-key CLR properties only.");
        }
        return columns;
    }

    /// <summary>
    /// PostgreSQL: each write is one statement whose text depends only on the table and its columns, never on the number
    /// of rows (arrays unnested into rows), so the server parses and plans it once per physical connection (a prepared
    /// statement outlives the pooled connection's reset); all of them travel in one batch.
    /// </summary>
    private static async Task WriteBatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Write> writes, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var write in writes)
        {
            var command = new NpgsqlBatchCommand();
            if (write.UpdateColumns is { } columns)
            {
                command.CommandText = write.Shape.UnnestUpdateSql(columns);
                write.Shape.AddArrays(command.Parameters, 0, write.Shape.Key, write.Rows);
                write.Shape.AddArrays(command.Parameters, write.Shape.Key.Length, columns, write.Rows);
            }
            else
            {
                command.CommandText = write.Shape.UnnestInsertSql;
                write.Shape.AddArrays(command.Parameters, 0, write.Shape.Columns, write.Rows);
            }
            batch.BatchCommands.Add(command);
        }
        await batch.PrepareAsync(ct);
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>SQLite: one prepared single-row statement, re-bound and re-run for each row.</summary>
    private static async Task WriteOneByOneAsync(DbConnection connection, DbTransaction transaction, Write write, CancellationToken ct)
    {
        var shape = write.Shape;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (write.UpdateColumns is { } columns)
        {
            shape.PrepareUpdate(command, columns);
            foreach (var row in write.Rows)
            {
                shape.Bind(command.Parameters, 0, columns, row);
                shape.Bind(command.Parameters, columns.Length, shape.Key, row);
                await command.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        shape.PrepareInsert(command);
        foreach (var row in write.Rows)
        {
            shape.Bind(command.Parameters, 0, shape.Columns, row);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static (DbConnection Connection, DbTransaction Transaction) Open(ExceedDb db) =>
        (db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("RowWriter writes inside the caller's transaction; begin one first."));

    /// <summary>One entity type's table: the columns EF would insert (store-generated keys left to the database) and its key.</summary>
    private sealed class Shape
    {
        private static readonly Dictionary<(IModel, Type), Shape> Known = [];
        private static readonly Lock Guard = new();
        private readonly StoreObjectIdentifier table;
        private readonly Dictionary<IProperty, RelationalTypeMapping> mappings;

        private readonly ISqlGenerationHelper sql;
        private readonly Dictionary<IProperty, Type> arrayElements;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> unnestUpdates = new(StringComparer.Ordinal);
        private string? unnestInsert;

        private Shape(IEntityType entityType, ISqlGenerationHelper sql)
        {
            this.sql = sql;
            table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var properties = entityType.GetProperties()
                .Where(p => !(p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey() && p.ClrType != typeof(Guid)))
                .ToArray();
            if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new InvalidOperationException($"{entityType.DisplayName()}.{shadow.Name} is a shadow property; RowWriter reads CLR properties only.");
            }
            Columns = properties;
            Key = [.. entityType.FindPrimaryKey()!.Properties];
            mappings = entityType.GetProperties().ToDictionary(p => p, p => p.GetRelationalTypeMapping());
            arrayElements = mappings.ToDictionary(m => m.Key, m => ArrayElement(m.Key, m.Value));
            Table = sql.DelimitIdentifier(table.Name, table.Schema);
        }

        public IProperty[] Columns { get; }
        public IProperty[] Key { get; }
        private string Table { get; }

        public static Shape Of(ExceedDb db, Type type)
        {
            lock (Guard)
            {
                var key = (db.Model, type);
                if (!Known.TryGetValue(key, out var shape))
                {
                    shape = new Shape(db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model."),
                        db.GetService<ISqlGenerationHelper>());
                    Known[key] = shape;
                }
                return shape;
            }
        }

        private string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);

        private string ColumnList => string.Join(", ", Columns.Select(Column));

        public void PrepareInsert(DbCommand command)
        {
            command.CommandText = $"INSERT INTO {Table} ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))});";
            AddParameters(command, 0, Columns);
        }

        public void PrepareUpdate(DbCommand command, IProperty[] columns)
        {
            command.CommandText = $"UPDATE {Table} SET {string.Join(", ", columns.Select((c, i) => $"{Column(c)} = @p{i}"))} "
                + $"WHERE {string.Join(" AND ", Key.Select((k, i) => $"{Column(k)} = @p{columns.Length + i}"))};";
            AddParameters(command, 0, columns);
            AddParameters(command, columns.Length, Key);
        }

        /// <summary>PostgreSQL: every row in one statement, one array parameter per column turned back into rows by <c>unnest</c>.</summary>
        public string UnnestInsertSql => unnestInsert ??= $"INSERT INTO {Table} ({ColumnList}) SELECT * FROM unnest({string.Join(", ", Columns.Select((c, i) => $"@p{i}::{mappings[c].StoreType}[]"))});";

        /// <summary>PostgreSQL: one UPDATE … FROM unnest(…) for every row, joined on the primary key; built once per set of columns.</summary>
        public string UnnestUpdateSql(IProperty[] columns) =>
            unnestUpdates.GetOrAdd(string.Join(",", columns.Select(c => c.Name)), _ => BuildUnnestUpdate(columns));

        private string BuildUnnestUpdate(IProperty[] columns)
        {
            var names = Key.Select((_, i) => $"k{i}").Concat(columns.Select((_, i) => $"v{i}"));
            var arrays = Key.Concat(columns).Select((c, i) => $"@p{i}::{mappings[c].StoreType}[]");
            return $"UPDATE {Table} AS t SET {string.Join(", ", columns.Select((c, i) => $"{Column(c)} = u.v{i}"))} "
                + $"FROM unnest({string.Join(", ", arrays)}) AS u({string.Join(", ", names)}) "
                + $"WHERE {string.Join(" AND ", Key.Select((k, i) => $"t.{Column(k)} = u.k{i}"))};";
        }

        /// <summary>The element type of a column's array parameter: the stored type, nullable when the column is.</summary>
        private static Type ArrayElement(IProperty property, RelationalTypeMapping mapping)
        {
            var element = mapping.Converter?.ProviderClrType ?? property.ClrType;
            return element.IsValueType && property.IsNullable && Nullable.GetUnderlyingType(element) is null
                ? typeof(Nullable<>).MakeGenericType(element)
                : element;
        }

        /// <summary>One typed array per column (nulls kept, the model's value converters applied).</summary>
        public void AddArrays(NpgsqlParameterCollection parameters, int offset, IProperty[] properties, IReadOnlyList<object> rows)
        {
            for (var c = 0; c < properties.Length; c++)
            {
                var values = Array.CreateInstance(arrayElements[properties[c]], rows.Count);
                for (var r = 0; r < rows.Count; r++)
                {
                    values.SetValue(ProviderValue(properties[c], rows[r]), r);
                }
                parameters.Add(new NpgsqlParameter($"p{offset + c}", values));
            }
        }

        private void AddParameters(DbCommand command, int offset, IProperty[] properties)
        {
            for (var c = 0; c < properties.Length; c++)
            {
                command.Parameters.Add(mappings[properties[c]].CreateParameter(command, $"@p{offset + c}", null, properties[c].IsNullable));
            }
        }

        public void Bind(DbParameterCollection parameters, int offset, IProperty[] properties, object row)
        {
            for (var c = 0; c < properties.Length; c++)
            {
                parameters[offset + c].Value = ProviderValue(properties[c], row) ?? DBNull.Value;
            }
        }

        /// <summary>The row's value as the database stores it: the model's value converter applied, null kept.</summary>
        private object? ProviderValue(IProperty property, object row)
        {
            var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
            return value is not null && mappings[property].Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
