using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Exceed.Core.Data;

/// <summary>
/// Inserts many new rows of one entity type inside the context's open transaction without EF's change tracking and
/// update pipeline, for the hot path where thousands of messages a second arrive (the intake's group commit). Table,
/// columns, value conversions and parameter types all come from the EF model, so the SQL follows the mapping and each
/// provider's migrations. SQLite re-runs one prepared single-row statement; PostgreSQL sends one multi-row INSERT.
/// Rows are not tracked afterwards: the caller must not also Add them to the context.
/// </summary>
public static class RowInserter
{
    /// <summary>PostgreSQL allows 65,535 parameters in one statement.</summary>
    private const int MaxParameters = 60_000;

    public static async Task InsertAsync<T>(ExceedDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var shape = Shape.Of(db, typeof(T));
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("RowInserter writes inside the caller's transaction; begin one first.");
        var connection = db.Database.GetDbConnection();
        if (db.Database.IsNpgsql())
        {
            var perStatement = Math.Max(1, MaxParameters / shape.Columns.Length);
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                await using var command = shape.MultiRow(connection, transaction, rows, start, Math.Min(perStatement, rows.Count - start));
                await command.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        await using var single = shape.SingleRow(connection, transaction);
        foreach (var row in rows)
        {
            shape.Bind(single.Parameters, 0, row);
            await single.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>One entity type's insert: the columns EF would write (store-generated keys left to the database).</summary>
    private sealed class Shape
    {
        private static readonly Dictionary<(IModel, Type), Shape> Known = [];
        private static readonly Lock Guard = new();

        private Shape(IEntityType entityType)
        {
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var properties = entityType.GetProperties()
                .Where(p => !(p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey() && p.ClrType != typeof(Guid)))
                .ToArray();
            if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new InvalidOperationException($"{entityType.DisplayName()}.{shadow.Name} is a shadow property; RowInserter reads CLR properties only.");
            }
            Columns = properties;
            Mappings = [.. properties.Select(p => p.GetRelationalTypeMapping())];
            Table = entityType.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
            ColumnList = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        }

        public IProperty[] Columns { get; }
        private RelationalTypeMapping[] Mappings { get; }
        private string Table { get; }
        private string ColumnList { get; }

        public static Shape Of(ExceedDb db, Type type)
        {
            lock (Guard)
            {
                var key = (db.Model, type);
                if (!Known.TryGetValue(key, out var shape))
                {
                    shape = new Shape(db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model."));
                    Known[key] = shape;
                }
                return shape;
            }
        }

        public DbCommand SingleRow(DbConnection connection, DbTransaction transaction)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {Table} ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))});";
            AddParameters(command, 0);
            return command;
        }

        public DbCommand MultiRow<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, int start, int count) where T : class
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {Table} ({ColumnList}) VALUES ");
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Length; c++)
                {
                    sql.Append(c == 0 ? "" : ", ").Append("@p").Append(r * Columns.Length + c);
                }
                sql.Append(')');
                AddParameters(command, r * Columns.Length);
                Bind(command.Parameters, r * Columns.Length, rows[start + r]);
            }
            command.CommandText = sql.Append(';').ToString();
            return command;
        }

        private void AddParameters(DbCommand command, int offset)
        {
            for (var c = 0; c < Columns.Length; c++)
            {
                command.Parameters.Add(Mappings[c].CreateParameter(command, $"@p{offset + c}", null, Columns[c].IsNullable));
            }
        }

        public void Bind<T>(DbParameterCollection parameters, int offset, T row) where T : class
        {
            for (var c = 0; c < Columns.Length; c++)
            {
                var value = Columns[c].GetGetter().GetClrValueUsingContainingEntity(row);
                if (value is not null && Mappings[c].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }
                parameters[offset + c].Value = value ?? DBNull.Value;
            }
        }
    }
}
