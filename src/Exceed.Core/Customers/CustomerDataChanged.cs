namespace Exceed.Core.Customers;

/// <summary>
/// Something on these customers' cards changed and is committed: their profile, identities, preferences, dates,
/// purchases, wishes, notes or calls. Raised after the commit, on every node, so copies of cards can be dropped.
/// </summary>
public sealed record CustomerDataChanged(IReadOnlyList<Guid> CustomerIds);
