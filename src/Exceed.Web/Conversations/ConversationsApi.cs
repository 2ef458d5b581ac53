using Exceed.Core.Common;
using Exceed.Core.Conversations;
using Exceed.Core.Staff;
using Exceed.Web.Infrastructure;
using Exceed.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Exceed.Web.Conversations;

/// <summary>/api/v1/conversations: the inbox, each thread's history, and what an agent does with it.</summary>
internal static class ConversationsApi
{
    public static void MapConversationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/conversations").WithTags("Conversations").RequireAuthorization(WebSetup.StaffPolicy);

        group.MapGet("/", async ([AsParameters] InboxParameters p, InboxQuery inbox, UserManager<StaffUser> users, HttpContext http, CancellationToken ct) =>
            {
                var (filter, errors) = p.ToFilter();
                if (errors.Any)
                {
                    return errors.ToProblem().ToResult();
                }
                var agent = http.User.Agent();
                var team = filter.View == InboxView.Team ? await TeamOfAsync(users, agent.Id, ct) : null;
                return TypedResults.Ok(await inbox.ListAsync(filter, agent, team, ct));
            })
            .WithSummary("The inbox: view=mine|unassigned|team|waiting|all, filtered by status, channel, priority, tag or customerId.");

        group.MapGet("/{id:guid}", async (Guid id, InboxQuery inbox, CancellationToken ct) =>
                await inbox.GetAsync(id, ct) is { } c
                    ? Results.Ok(ConversationView.From(c, await inbox.AttachmentsAsync(id, ct)))
                    : Problem.NotFound($"No conversation with id {id}.").ToResult())
            .WithSummary("One conversation with its whole history (messages, notes, calls, hand-offs), oldest first.");

        group.MapPost("/{id:guid}/replies", async (Guid id, ReplyInput input, ConversationService conversations, HttpContext http, CancellationToken ct) =>
                (await conversations.ReplyAsync(id, input, http.User.Agent(), ct)).ToResult(e => TypedResults.Ok(EntryView.From(e, []))))
            .WithSummary("Reply to the customer through the conversation's channel; status is what the conversation becomes (default pendingCustomer).");

        group.MapPost("/{id:guid}/notes", async (Guid id, NoteInput input, ConversationService conversations, HttpContext http, CancellationToken ct) =>
                (await conversations.AddNoteAsync(id, input, http.User.Agent(), ct)).ToResult(e => TypedResults.Ok(EntryView.From(e, []))))
            .WithSummary("An internal note: seen by staff only, never sent to the customer.");

        group.MapPost("/{id:guid}/handoff", async (Guid id, HandOffInput input, ConversationService conversations, UserManager<StaffUser> users, HttpContext http, CancellationToken ct) =>
                (await conversations.HandOffAsync(id, input, http.User.Agent(), staffId => FindStaffAsync(users, staffId), ct))
                    .ToResult(c => TypedResults.Ok(ConversationView.Summary(c))))
            .WithSummary("Assign the conversation; handing it from one owner to another needs a note, which the next owner reads first.");

        group.MapPost("/{id:guid}/handoff/read", async (Guid id, ConversationService conversations, HttpContext http, CancellationToken ct) =>
                (await conversations.MarkHandOffReadAsync(id, http.User.Agent(), ct)).ToResult(c => TypedResults.Ok(ConversationView.Summary(c))))
            .WithSummary("The new owner has read the hand-off note.");

        group.MapPatch("/{id:guid}", async (Guid id, ConversationChanges changes, ConversationService conversations, HttpContext http, CancellationToken ct) =>
                (await conversations.ChangeAsync(id, changes, http.User.Agent(), ct)).ToResult(c => TypedResults.Ok(ConversationView.Summary(c))))
            .WithSummary("Change status, priority, team, tags or the follow-up date.");

        group.MapPost("/bulk", async (BulkInput input, ConversationService conversations, HttpContext http, CancellationToken ct) =>
                (await conversations.BulkAsync(input, http.User.Agent(), ct)).ToResult(r => TypedResults.Ok(r)))
            .WithSummary("One change to many conversations: status, priority, tags, assign to me or unassign.");

        group.MapGet("/attachments/{id:guid}", async (Guid id, InboxQuery inbox, CancellationToken ct) =>
                await inbox.AttachmentAsync(id, ct) is { } a
                    ? Results.File(a.Content, "application/octet-stream", a.FileName)
                    : Problem.NotFound($"No attachment with id {id}.").ToResult())
            .WithSummary("Download an attachment (always as a file, never shown inline).");
    }

    private static async Task<Agent?> FindStaffAsync(UserManager<StaffUser> users, string id) =>
        await users.FindByIdAsync(id) is { } user ? new Agent(user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? user.Id : user.DisplayName) : null;

    private static Task<string?> TeamOfAsync(UserManager<StaffUser> users, string id, CancellationToken ct) =>
        users.Users.Where(u => u.Id == id).Select(u => u.Team).FirstOrDefaultAsync(ct);
}

/// <summary>The inbox query string; names are matched without regard to case (view=waiting, status=pendingCustomer).</summary>
/// <remarks>Properties rather than a positional record: the request delegate generator cannot yet bind a constructor of nullable parameters.</remarks>
internal sealed record InboxParameters
{
    public string? View { get; init; }
    public string? Status { get; init; }
    public string? Channel { get; init; }
    public string? Priority { get; init; }
    public string? Tag { get; init; }
    public Guid? CustomerId { get; init; }
    public int? Limit { get; init; }

    public (InboxFilter Filter, FieldErrors Errors) ToFilter()
    {
        var errors = new FieldErrors();
        var filter = new InboxFilter
        {
            View = Parse(View, "view", errors) ?? (CustomerId is null ? InboxView.Mine : InboxView.All),
            Status = Parse<ConversationStatus>(Status, "status", errors),
            Channel = Parse<ChannelKind>(Channel, "channel", errors),
            Priority = Parse<Priority>(Priority, "priority", errors),
            Tag = Tag,
            CustomerId = CustomerId,
            Limit = Limit ?? 50,
        };
        return (filter, errors);
    }

    private static T? Parse<T>(string? text, string field, FieldErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }
        errors.Add(field, $"'{text}' is not a {field}; use one of: {string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
        return null;
    }

    private static InboxView? Parse(string? text, string field, FieldErrors errors) => Parse<InboxView>(text, field, errors);
}
