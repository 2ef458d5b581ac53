using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Exceed.Core.Data;

/// <summary>
/// One entity type's rows as PostgreSQL JSON arrays (<c>json_build_array</c> of its columns) and back into entities. Table,
/// columns, value converters and the member EF would write all come from the EF model, as in <see cref="RowWriter"/>, so
/// the SQL follows a renamed column or a new converter. Entities read this way are not tracked.
/// </summary>
internal sealed class JsonRows
{
    private readonly IEntityType type;
    private readonly StoreObjectIdentifier store;
    private readonly ISqlGenerationHelper sql;
    private readonly Column[] columns;

    public JsonRows(IEntityType type, ISqlGenerationHelper sql)
    {
        if (type.GetComplexProperties().Any() || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || type.GetDirectlyDerivedTypes().Any())
        {
            throw new NotSupportedException($"{type.DisplayName()} has complex, owned or derived types; JsonRows reads one plain table.");
        }
        this.type = type;
        this.sql = sql;
        var table = type.GetTableName() ?? throw new NotSupportedException($"{type.DisplayName()} is not mapped to a table.");
        store = StoreObjectIdentifier.Table(table, type.GetSchema());
        Table = sql.DelimitIdentifier(table, type.GetSchema());
        // Shadow properties have no member to fill; a no-tracking EF query drops them too.
        columns = [.. type.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => new Column(p, ColumnName(p.Name)))];
    }

    /// <summary>The delimited table name, with its schema if any.</summary>
    public string Table { get; }

    /// <summary>The delimited column of a property, e.g. <c>"CustomerId"</c>.</summary>
    public string ColumnName(string property) => sql.DelimitIdentifier(
        (type.FindProperty(property) ?? throw new InvalidOperationException($"{type.DisplayName()}.{property} is not in the model."))
            .GetColumnName(store) ?? throw new InvalidOperationException($"{type.DisplayName()}.{property} has no column in {Table}."));

    /// <summary>The row under <paramref name="alias"/> as one JSON array, in the order <see cref="Read{T}"/> expects.</summary>
    public string Array(string alias) => $"json_build_array({string.Join(", ", columns.Select(c => c.Select(alias)))})";

    public T Read<T>(JsonElement row) where T : class
    {
        var entity = Activator.CreateInstance<T>();
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i].Fill(entity, row[i]);
        }
        return entity;
    }

    public List<T> ReadAll<T>(JsonElement rows) where T : class
    {
        var list = new List<T>(rows.GetArrayLength());
        foreach (var row in rows.EnumerateArray())
        {
            list.Add(Read<T>(row));
        }
        return list;
    }

    private sealed class Column
    {
        private readonly string name;
        private readonly string? cast;
        private readonly Func<JsonElement, object> read;
        private readonly ValueConverter? converter;
        private readonly MemberInfo member;

        public Column(IProperty property, string name)
        {
            this.name = name;
            var mapping = property.GetRelationalTypeMapping();
            converter = mapping.Converter;
            var provider = converter?.ProviderClrType ?? mapping.ClrType;
            provider = Nullable.GetUnderlyingType(provider) ?? provider;
            var storeType = mapping.StoreTypeNameBase;
            var utc = storeType is "timestamp with time zone" or "timestamptz";
            // json_build_array would nest a json column as JSON and write a timestamptz in the session's zone: both are turned into plain text.
            cast = utc ? " AT TIME ZONE 'UTC'" : storeType is "json" or "jsonb" ? "::text" : null;
            read = Reader(provider, utc) ?? throw new NotSupportedException(
                $"{property.DeclaringType.DisplayName()}.{property.Name}: {storeType} read as {provider.Name} is not supported by JsonRows.");
            member = property.GetPropertyAccessMode() is PropertyAccessMode.Property or PropertyAccessMode.PreferProperty && property.PropertyInfo?.SetMethod is not null
                ? property.PropertyInfo
                : (MemberInfo?)property.FieldInfo ?? property.PropertyInfo ?? throw new NotSupportedException($"{property.Name} has no member to write.");
        }

        public string Select(string alias) => cast is null ? $"{alias}.{name}" : $"({alias}.{name}{cast})";

        public void Fill(object entity, JsonElement value)
        {
            var clr = value.ValueKind == JsonValueKind.Null ? null : read(value);
            if (clr is not null && converter is not null)
            {
                clr = converter.ConvertFromProvider(clr);
            }
            if (member is FieldInfo field)
            {
                field.SetValue(entity, clr);
            }
            else
            {
                ((PropertyInfo)member).SetValue(entity, clr);
            }
        }

        private static Func<JsonElement, object>? Reader(Type provider, bool utc) => provider switch
        {
            _ when provider == typeof(string) => e => e.GetString()!,
            _ when provider == typeof(Guid) => e => e.GetGuid(),
            _ when provider == typeof(int) => e => e.GetInt32(),
            _ when provider == typeof(long) => e => e.GetInt64(),
            _ when provider == typeof(short) => e => e.GetInt16(),
            _ when provider == typeof(bool) => e => e.GetBoolean(),
            _ when provider == typeof(decimal) => e => e.GetDecimal(),
            _ when provider == typeof(double) => e => e.GetDouble(),
            _ when provider == typeof(DateTimeOffset) && utc => e => new DateTimeOffset(e.GetDateTime().Ticks, TimeSpan.Zero),
            _ when provider == typeof(DateTime) => utc ? e => DateTime.SpecifyKind(e.GetDateTime(), DateTimeKind.Utc) : e => e.GetDateTime(),
            _ => null,
        };
    }
}
