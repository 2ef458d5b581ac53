using System.Security.Cryptography;
using Exceed.Core.Data;
using Exceed.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Web.Staff;

public sealed class BootstrapSettings
{
    /// <summary>When set on first start, an admin API key with this value is created (for automation and tests).</summary>
    public string? ApiKey { get; set; }
    public string AdminEmail { get; set; } = "admin@exceed.local";
    /// <summary>When unset, a random password is generated and printed once.</summary>
    public string? AdminPassword { get; set; }
}

/// <summary>First start: roles, the first admin (login printed once) and the bootstrap API key.</summary>
public sealed class Bootstrap(ExceedDb db, UserManager<StaffUser> users, StaffAdministration admin, ILogger<Bootstrap> log)
{
    public async Task RunAsync(BootstrapSettings settings)
    {
        foreach (var role in Roles.All)
        {
            await admin.EnsureRoleAsync(role);
        }
        if (!await users.Users.AnyAsync())
        {
            var password = settings.AdminPassword ?? "Exceed-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
            var created = await admin.AddStaffAsync(new StaffInput(settings.AdminEmail, "Admin", Roles.Admin, password), "bootstrap");
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the first admin: {created.Problem!.Detail}");
            }
            Console.WriteLine($"""

                ==== Exceed: first start ====
                Admin login: {settings.AdminEmail}
                Password:    {password}
                (shown once; change it after signing in)

                """);
        }
        if (settings.ApiKey is { Length: > 0 } key)
        {
            var hash = Infrastructure.ApiKeyAuthentication.Hash(key);
            if (!await db.ApiKeys.AnyAsync(k => k.Hash == hash))
            {
                await admin.CreateApiKeyAsync(new ApiKeyInput("bootstrap", Roles.Admin), "bootstrap", key);
                log.LogInformation("Created the bootstrap admin API key from Exceed:Bootstrap:ApiKey");
            }
        }
    }
}
