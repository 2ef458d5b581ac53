namespace Exceed.Core.Search;

/// <summary>Narrows a search to one kind of record, one customer or one conversation.</summary>
public sealed record SearchFilter(SearchKind? Kind = null, Guid? CustomerId = null, Guid? ConversationId = null);

/// <summary>
/// One found record. <see cref="Highlights"/> are ranges of the indexed text; <see cref="Snippet"/> is the part of it
/// starting at <see cref="SnippetStart"/>, and <see cref="SnippetHighlights"/> are the matches inside the snippet.
/// </summary>
public sealed record SearchHit(
    SearchKind Kind,
    Guid EntityId,
    Guid? CustomerId,
    Guid? ConversationId,
    DateTimeOffset At,
    string Snippet,
    int SnippetStart,
    IReadOnlyList<TextRange> SnippetHighlights,
    IReadOnlyList<TextRange> Highlights);

/// <summary>Hits newest first; <see cref="More"/> when the limit cut the list short.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits, bool More);
