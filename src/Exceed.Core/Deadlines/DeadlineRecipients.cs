using Exceed.Core.Data;
using Exceed.Core.Notifications;
using Exceed.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Core.Deadlines;

/// <summary>Who hears of a deadline: a breach goes to the owner and the team's leads; a follow-up to the owner, or the leads when nobody owns it.</summary>
public sealed class DeadlineRecipients(ExceedDb db)
{
    private List<(string Id, string? Team)>? leads;

    public async Task<List<(string StaffId, NotifiedAs As)>> ForAsync(DeadlineKind kind, string? ownerId, string? team, CancellationToken ct)
    {
        var told = new List<(string, NotifiedAs)>();
        if (ownerId is not null && await db.Users.AnyAsync(u => u.Id == ownerId, ct))
        {
            told.Add((ownerId, NotifiedAs.Owner));
        }
        if (kind == DeadlineKind.FollowUp && told.Count > 0)
        {
            return told;
        }
        leads ??= await LeadsAsync(ct);
        // The leads of the conversation's team; every lead when it has no team or its team has no lead.
        var ofTeam = leads.Where(l => team is not null && l.Team == team).ToList();
        foreach (var lead in (ofTeam.Count > 0 ? ofTeam : leads).Where(l => l.Id != ownerId))
        {
            told.Add((lead.Id, NotifiedAs.Lead));
        }
        return told;
    }

    private async Task<List<(string Id, string? Team)>> LeadsAsync(CancellationToken ct)
    {
        var rows = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Lead)))
            .Select(u => new { u.Id, u.Team }).ToListAsync(ct);
        return [.. rows.Select(u => (u.Id, u.Team))];
    }
}
