namespace Exceed.Core.Search;

/// <summary>What a search hit can be: the features that index their records.</summary>
public enum SearchKind { Customer, Note, Conversation, Message }

/// <summary>
/// One searchable text, kept beside the record it describes. <see cref="Terms"/> is what the engines index
/// (SQLite FTS5 through triggers, PostgreSQL through a generated tsvector column); both are created by the migrations.
/// </summary>
public sealed class SearchDocument
{
    /// <summary>Also the FTS5 rowid; newer documents have larger ids, so "newest first" is a walk down the index.</summary>
    public long Id { get; set; }
    public SearchKind Kind { get; set; }
    public Guid EntityId { get; set; }
    public Guid? CustomerId { get; set; }
    public Guid? ConversationId { get; set; }
    /// <summary>The indexed text as written (its first <see cref="SearchTokenizer.MaxIndexedLength"/> characters), for snippets.</summary>
    public string Text { get; set; } = "";
    /// <summary>The tokenizer's terms, space-separated in position order.</summary>
    public string Terms { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

/// <summary>What a feature hands to <see cref="SearchIndex"/> for one of its records.</summary>
public sealed record SearchEntry(SearchKind Kind, Guid EntityId, Guid? CustomerId, Guid? ConversationId, string Text, DateTimeOffset At);
