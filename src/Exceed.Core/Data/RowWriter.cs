using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

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
    /// </summary>
    public static async Task SaveAsync(ExceedDb db, Type[] changedOf, Type[] newOf, CancellationToken ct)
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
        foreach (var (shape, columns, rows) in changed.Values)
        {
            await UpdateAsync(db, shape, columns, rows, ct);
        }
        foreach (var (shape, rows) in added)
        {
            await InsertAsync(db, shape, rows, ct);
        }
    }

    private static IProperty[] ModifiedColumns(EntityEntry entry)
    {
        var columns = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata).ToArray();
        if (columns.Any(c => c.IsKey() || c.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{entry.Metadata.DisplayName()}: RowWriter updates non-key CLR properties only.");
        }
        return columns;
    }

    /// <summary>Inserts new rows the context does not track (the caller must not also Add them).</summary>
    public static Task InsertAsync<T>(ExceedDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class =>
        InsertAsync(db, Shape.Of(db, typeof(T)), rows, ct);

    private static async Task InsertAsync<T>(ExceedDb db, Shape shape, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var (connection, transaction) = Open(db);
        if (db.Database.IsNpgsql())
        {
            await using var command = shape.UnnestInsert(connection, transaction, rows);
            await RunPreparedAsync(command, ct);
            return;
        }
        await using var single = shape.Insert(connection, transaction);
        foreach (var row in rows)
        {
            shape.Bind(single.Parameters, 0, shape.Columns, row);
            await single.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task UpdateAsync(ExceedDb db, Shape shape, IProperty[] columns, List<object> rows, CancellationToken ct)
    {
        if (rows.Count == 0 || columns.Length == 0)
        {
            return;
        }
        var (connection, transaction) = Open(db);
        if (db.Database.IsNpgsql())
        {
            await using var command = shape.UnnestUpdate(connection, transaction, columns, rows);
            await RunPreparedAsync(command, ct);
            return;
        }
        await using var single = shape.Update(connection, transaction, columns, rows, 0, 1);
        foreach (var row in rows)
        {
            shape.Bind(single.Parameters, 0, columns, row);
            shape.Bind(single.Parameters, columns.Length, shape.Key, row);
            await single.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// The statement's text depends only on the table and its columns, never on the number of rows, so PostgreSQL parses
    /// and plans it once per physical connection (a prepared statement outlives the pooled connection's reset) instead of
    /// once per batch, or once per row for updates as before.
    /// </summary>
    private static async Task RunPreparedAsync(DbCommand command, CancellationToken ct)
    {
        await command.PrepareAsync(ct);
        await command.ExecuteNonQueryAsync(ct);
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

        public DbCommand Insert(DbConnection connection, DbTransaction transaction)
        {
            var command = Command(connection, transaction);
            command.CommandText = $"INSERT INTO {Table} ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))});";
            AddParameters(command, 0, Columns);
            return command;
        }

        /// <summary>
        /// PostgreSQL: every row in one statement whose text does not depend on the row count: one array parameter per
        /// column, turned back into rows by <c>unnest</c>.
        /// </summary>
        public DbCommand UnnestInsert<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows) where T : class
        {
            var command = Command(connection, transaction);
            command.CommandText = $"INSERT INTO {Table} ({ColumnList}) SELECT * FROM unnest({string.Join(", ", Columns.Select((c, i) => $"@p{i}::{mappings[c].StoreType}[]"))});";
            AddArrays(command, 0, Columns, rows);
            return command;
        }

        /// <summary>PostgreSQL: one UPDATE … FROM unnest(…) for every row, keyed by the primary key; its text depends only on the columns.</summary>
        public DbCommand UnnestUpdate(DbConnection connection, DbTransaction transaction, IProperty[] columns, List<object> rows)
        {
            var command = Command(connection, transaction);
            var names = Key.Select((_, i) => $"k{i}").Concat(columns.Select((_, i) => $"v{i}")).ToArray();
            var arrays = Key.Concat(columns).Select((c, i) => $"@p{i}::{mappings[c].StoreType}[]");
            command.CommandText = $"UPDATE {Table} AS t SET {string.Join(", ", columns.Select((c, i) => $"{Column(c)} = u.v{i}"))} "
                + $"FROM unnest({string.Join(", ", arrays)}) AS u({string.Join(", ", names)}) "
                + $"WHERE {string.Join(" AND ", Key.Select((k, i) => $"t.{Column(k)} = u.k{i}"))};";
            AddArrays(command, 0, Key, rows);
            AddArrays(command, Key.Length, columns, rows);
            return command;
        }

        private void AddArrays<T>(DbCommand command, int offset, IProperty[] properties, IReadOnlyList<T> rows) where T : class
        {
            for (var c = 0; c < properties.Length; c++)
            {
                var property = properties[c];
                var converter = mappings[property].Converter;
                var element = converter?.ProviderClrType ?? property.ClrType;
                if (element.IsValueType && property.IsNullable && Nullable.GetUnderlyingType(element) is null)
                {
                    element = typeof(Nullable<>).MakeGenericType(element);
                }
                var values = Array.CreateInstance(element, rows.Count);
                var getter = property.GetGetter();
                for (var r = 0; r < rows.Count; r++)
                {
                    var value = getter.GetClrValueUsingContainingEntity(rows[r]);
                    values.SetValue(value is not null && converter is not null ? converter.ConvertToProvider(value) : value, r);
                }
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{offset + c}";
                parameter.Value = values;
                command.Parameters.Add(parameter);
            }
        }

        /// <summary>
        /// UPDATE statements for <paramref name="count"/> rows from <paramref name="start"/>, bound; with a count of one the
        /// caller may re-bind and re-run the command for each row.
        /// </summary>
        public DbCommand Update(DbConnection connection, DbTransaction transaction, IProperty[] columns, List<object> rows, int start, int count)
        {
            var command = Command(connection, transaction);
            var sql = new StringBuilder();
            var width = columns.Length + Key.Length;
            for (var r = 0; r < count; r++)
            {
                var at = r * width;
                sql.Append("UPDATE ").Append(Table).Append(" SET ")
                    .AppendJoin(", ", columns.Select((c, i) => $"{Column(c)} = @p{at + i}"))
                    .Append(" WHERE ")
                    .AppendJoin(" AND ", Key.Select((k, i) => $"{Column(k)} = @p{at + columns.Length + i}"))
                    .Append(';');
                AddParameters(command, at, columns);
                AddParameters(command, at + columns.Length, Key);
                Bind(command.Parameters, at, columns, rows[start + r]);
                Bind(command.Parameters, at + columns.Length, Key, rows[start + r]);
            }
            command.CommandText = sql.ToString();
            return command;
        }

        private static DbCommand Command(DbConnection connection, DbTransaction transaction)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            return command;
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
                var value = properties[c].GetGetter().GetClrValueUsingContainingEntity(row);
                if (value is not null && mappings[properties[c]].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }
                parameters[offset + c].Value = value ?? DBNull.Value;
            }
        }
    }
}
