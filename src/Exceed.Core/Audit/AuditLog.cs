using System.Text.Json;
using Exceed.Core.Data;

namespace Exceed.Core.Audit;

/// <summary>Adds an audit entry to the same unit of work as the change, so both are saved or neither.</summary>
public sealed class AuditLog(ExceedDb db, TimeProvider clock)
{
    public void Record(string actor, string action, string subject, Guid? customerId = null, object? detail = null) =>
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Subject = subject,
            CustomerId = customerId,
            Detail = detail is null ? null : JsonSerializer.Serialize(detail, JsonOptions),
        });

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
