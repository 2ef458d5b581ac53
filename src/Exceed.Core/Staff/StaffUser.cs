using Microsoft.AspNetCore.Identity;

namespace Exceed.Core.Staff;

public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>UI language the agent picked; null means the browser's.</summary>
    public string? UiLanguage { get; set; }
    /// <summary>The team whose inbox view this agent sees ("my team").</summary>
    public string? Team { get; set; }
}
