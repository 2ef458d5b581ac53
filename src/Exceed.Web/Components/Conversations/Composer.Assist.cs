using Exceed.Core.Conversations;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Exceed.Core.Language;
using Exceed.Core.Replies;
using Exceed.Web.Infrastructure;
using Microsoft.JSInterop;

namespace Exceed.Web.Components.Conversations;

/// <summary>
/// The composer's helpers while typing: canned replies after "/", the phrasebook's recommended phrases as completions,
/// and the greeting and farewell offered at the moments customers remember.
/// </summary>
public partial class Composer
{
    private const int CannedShown = 8;

    /// <summary>One line of the list under the composer: a canned reply to insert, or a phrase to complete.</summary>
    private sealed record Suggestion(string Label, string Hint, Guid? CannedId, string? Phrase, int Replace);

    private List<Suggestion> suggestions = [];
    private MomentOffer? greeting;
    private MomentOffer? farewell;
    private bool greetingDismissed;

    private string ReplyLanguage => Languages.Supported.Contains(Language) ? Language! : draft.Length > 0 ? ReplyLanguages.Detect(draft) : ReplyLanguages.Simplified;

    /// <summary>The "/word" being typed at the end of the draft, if any: what the agent is searching canned replies for.</summary>
    private string? SlashQuery()
    {
        var slash = draft.LastIndexOf('/');
        if (slash < 0 || (slash > 0 && !char.IsWhiteSpace(draft[slash - 1])))
        {
            return null;
        }
        var query = draft[(slash + 1)..];
        return query.Any(char.IsWhiteSpace) ? null : query;
    }

    private async Task SuggestAsync()
    {
        if (asNote)
        {
            suggestions = [];
            return;
        }
        var text = draft;
        if (SlashQuery() is { } query)
        {
            var replies = await Scopes.RunAsync<CannedReplyService, List<CannedReply>>(s => s.ListAsync(ReplyLanguage, query, CannedShown));
            suggestions = replies.Select(r => new Suggestion(r.Title, "/" + r.Shortcut, r.Id, null, query.Length + 1)).ToList();
            return;
        }
        var language = ReplyLanguage;
        var found = await Scopes.RunAsync<ExceedDb, IReadOnlyList<Completion>>(db => Completions.CompleteAsync(db, text, language));
        suggestions = text == draft ? found.Select(c => new Suggestion(c.Phrase, "Tab", null, c.Phrase, c.Replace)).ToList() : suggestions;
    }

    private async Task AcceptAsync(Suggestion s)
    {
        // A canned reply replaces the whole "/query" as it stands now: keys typed after the list was found lengthen it.
        var replace = s.CannedId is not null && SlashQuery() is { } query ? query.Length + 1 : s.Replace;
        if (replace > draft.Length)
        {
            return;
        }
        var kept = draft[..^replace];
        if (s.CannedId is { } id)
        {
            var filled = await Scopes.RunAsync<CannedReplyService, Exceed.Core.Common.Outcome<FilledReply>>(r => r.FillAsync(id, ConversationId, Agent));
            problem = filled.Problem;
            draft = filled.Value is { } reply ? kept + reply.Text : draft;
        }
        else
        {
            draft = kept + s.Phrase;
        }
        suggestions = [];
        await CheckAsync();
        await ShowDraftAsync(draft.Length);
    }

    private async Task OpenCannedAsync()
    {
        asNote = false;
        draft = draft.Length == 0 || char.IsWhiteSpace(draft[^1]) ? draft + "/" : draft + " /";
        await SuggestAsync();
        await ShowDraftAsync(draft.Length);
    }

    private void DismissSuggestions() => suggestions = [];

    private async Task OfferGreetingAsync()
    {
        if (FirstReply && greeting is null && !greetingDismissed && Channel != ChannelKind.Phone)
        {
            greeting = await Scopes.RunAsync<MomentTemplateService, MomentOffer>(m => m.OfferAsync(Moment.Greeting, ConversationId, Language, Agent));
        }
    }

    private async Task InsertGreetingAsync()
    {
        if (greeting is { } g)
        {
            draft = draft.Length == 0 ? g.Text : g.Text + "\n" + draft;
            greetingDismissed = true;
            await CheckAsync();
            await ShowDraftAsync(draft.Length);
        }
    }

    private async Task AfterChosenAsync()
    {
        farewell = after == ConversationStatus.Solved
            ? await Scopes.RunAsync<MomentTemplateService, MomentOffer>(m => m.OfferAsync(Moment.Farewell, ConversationId, Language, Agent))
            : null;
    }

    private async Task AddFarewellAsync()
    {
        if (farewell is { } f)
        {
            draft = draft.Length == 0 ? f.Text : draft.TrimEnd() + "\n" + f.Text;
            farewell = null;
            await CheckAsync();
            await ShowDraftAsync(draft.Length);
        }
    }

    private bool ShowsGreeting => FirstReply && !asNote && !greetingDismissed && greeting is not null;
    private bool ShowsFarewell => !asNote && farewell is not null && !draft.Contains(farewell.Text, StringComparison.Ordinal);
}
