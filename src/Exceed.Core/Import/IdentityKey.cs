using Exceed.Core.Customers;

namespace Exceed.Core.Import;

/// <summary>A normalised identity: the same key means the same person.</summary>
public readonly record struct IdentityKey(IdentityKind Kind, string Value);
