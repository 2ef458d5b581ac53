using System.Security.Claims;
using Exceed.Core.Conversations;
using Exceed.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Exceed.Web.Staff;

/// <summary>Puts the staff member's display name in their sign-in, so replies and hand-offs are signed with a name, not an email.</summary>
internal sealed class StaffClaims(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "exceed:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}

internal static class AgentClaims
{
    /// <summary>The staff member (or API key) acting, as conversations record them.</summary>
    public static Agent Agent(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("api_key_id") ?? user.Identity?.Name ?? "anonymous";
        var name = user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity?.Name ?? "anonymous";
        return new Agent(id, name);
    }
}
