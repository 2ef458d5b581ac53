using System.Text.Json;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The customer's trail, newest first.</summary>
    public Task<List<AuditEntry>> ForCustomerAsync(Guid customerId, int limit, CancellationToken ct = default) =>
        db.Audit.AsNoTracking().Where(a => a.CustomerId == customerId).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(limit).ToListAsync(ct);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
