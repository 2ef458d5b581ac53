namespace Exceed.Core.Staff;

/// <summary>A key an integration sends in X-Api-Key. Only its SHA-256 hash is stored.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Hash { get; set; }
    public required string Role { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

public static class Roles
{
    public const string Agent = "agent";
    public const string Lead = "lead";
    public const string Admin = "admin";
    public static readonly string[] All = [Agent, Lead, Admin];
}
