using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Events;
using Exceed.Core.Recognition;

namespace Exceed.Core.Widget;

/// <summary>A visitor who must leave gives an email; the link sent there (/chat/{token}) reopens the same conversation.</summary>
public sealed record VisitorLeftEmail(Guid ConversationId, string Email, Uri Link);

public sealed class WidgetResumeLinks(ChatThreads threads, ConversationService conversations, IdentityNormalizer normalizer, IEventBus bus)
{
    private static readonly Agent Widget = new("widget", "Chat widget");

    public async Task<Outcome<VisitorLeftEmail>> LeaveAsync(string visitorId, string? email, Uri link, CancellationToken ct = default)
    {
        var address = normalizer.Normalize(IdentityKind.Email, email ?? "");
        if (string.IsNullOrWhiteSpace(email) || !address.IsValid)
        {
            return Problem.Invalid("email", "Write an email address such as name@example.com, so we can send you the link back to this chat.");
        }
        if (await threads.OpenConversationAsync(visitorId, ct) is not { } conversation)
        {
            return Problem.Invalid("email", "Write your question first; then leave your email and we will send the link back to this chat.");
        }
        var recorded = await conversations.AddEventAsync(conversation, $"visitor-email={address.Value}", Widget, ct);
        if (!recorded.Succeeded)
        {
            return recorded.Problem!;
        }
        var left = new VisitorLeftEmail(conversation, address.Value, link);
        await bus.PublishAsync(left, ct);
        return left;
    }
}
