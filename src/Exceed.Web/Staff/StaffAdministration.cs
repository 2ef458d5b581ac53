using System.Security.Cryptography;
using Exceed.Core.Audit;
using Exceed.Core.Common;
using Exceed.Core.Data;
using Exceed.Core.Staff;
using Exceed.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Web.Staff;

public sealed record StaffInput(string? Email, string? DisplayName, string? Role, string? Password, string? Team = null);
public sealed record StaffView(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? Team = null);
public sealed record ApiKeyInput(string? Name, string? Role);
public sealed record ApiKeyCreated(Guid Id, string Name, string Role, string Key);

/// <summary>Admins add staff and API keys; every change is audited.</summary>
public sealed class StaffAdministration(UserManager<StaffUser> users, ExceedDb db, AuditLog audit, TimeProvider clock, Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
{
    public async Task<Outcome<StaffView>> AddStaffAsync(StaffInput input, string actor)
    {
        var errors = new FieldErrors();
        errors.Require("email", input.Email, "Email", 200);
        errors.Require("displayName", input.DisplayName, "Name", 200);
        errors.Limit("team", input.Team, "Team", 100);
        if (input.Role is null || !Roles.All.Contains(input.Role))
        {
            errors.Add("role", "Role must be agent, lead or admin.");
        }
        if (input.Password is null || input.Password.Length < 8)
        {
            errors.Add("password", "The password needs at least 8 characters.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        var user = new StaffUser { UserName = input.Email!.Trim(), Email = input.Email.Trim(), DisplayName = input.DisplayName!.Trim(), EmailConfirmed = true,
            Team = string.IsNullOrWhiteSpace(input.Team) ? null : input.Team.Trim() };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return Problem.Invalid(created.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }
        await EnsureRoleAsync(input.Role!);
        var inRole = await users.AddToRoleAsync(user, input.Role!);
        if (!inRole.Succeeded)
        {
            return Problem.Invalid("role", string.Join(" ", inRole.Errors.Select(e => e.Description)));
        }
        audit.Record(actor, "staff.added", user.Email!, detail: new { role = input.Role });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return new StaffView(user.Id, user.Email!, user.DisplayName, [input.Role!], user.Team);
    }

    public async Task<List<StaffView>> ListAsync()
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var views = new List<StaffView>();
        foreach (var user in all)
        {
            views.Add(new StaffView(user.Id, user.Email ?? "", user.DisplayName, (await users.GetRolesAsync(user)).ToList(), user.Team));
        }
        return views;
    }

    public async Task<Outcome<ApiKeyCreated>> CreateApiKeyAsync(ApiKeyInput input, string actor, string? plaintext = null)
    {
        var errors = new FieldErrors();
        errors.Require("name", input.Name, "Name", 200);
        if (input.Role is null || !Roles.All.Contains(input.Role))
        {
            errors.Add("role", "Role must be agent, lead or admin.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var key = plaintext ?? "exk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var apiKey = new ApiKey { Name = input.Name!.Trim(), Role = input.Role!, Hash = ApiKeyAuthentication.Hash(key), CreatedAt = clock.GetUtcNow() };
        db.ApiKeys.Add(apiKey);
        audit.Record(actor, "apikey.created", apiKey.Name, detail: new { apiKey.Role });
        await db.SaveChangesAsync();
        return new ApiKeyCreated(apiKey.Id, apiKey.Name, apiKey.Role, key);
    }

    public Task<List<ApiKey>> ApiKeysAsync() => db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync();

    public async Task<Outcome<bool>> RevokeApiKeyAsync(Guid id, string actor)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id);
        if (key is null)
        {
            return Problem.NotFound($"No API key with id {id}.");
        }
        key.RevokedAt ??= clock.GetUtcNow();
        audit.Record(actor, "apikey.revoked", key.Name);
        await db.SaveChangesAsync();
        cache.Remove(ApiKeyAuthentication.CacheKey(key.Hash));
        return true;
    }

    public async Task EnsureRoleAsync(string role)
    {
        if (!await db.Roles.AnyAsync(r => r.Name == role))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
            await db.SaveChangesAsync();
        }
    }
}
