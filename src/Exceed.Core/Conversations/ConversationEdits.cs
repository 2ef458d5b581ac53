using Exceed.Core.Common;

namespace Exceed.Core.Conversations;

internal static class ConversationEdits
{
    public static FieldErrors Validate(ConversationChanges changes)
    {
        var errors = new FieldErrors();
        errors.Limit("team", changes.Team, "Team", 100);
        foreach (var tag in (changes.Tags ?? []).Concat(changes.AddTags ?? []))
        {
            if (string.IsNullOrWhiteSpace(tag) || tag.Length > 50 || tag.Contains(','))
            {
                errors.Add("tags", $"Tag '{tag}' must be 1 to 50 characters with no comma.");
            }
        }
        return errors;
    }

    public static string JoinTags(IEnumerable<string> tags) =>
        string.Join(',', tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct());
}
