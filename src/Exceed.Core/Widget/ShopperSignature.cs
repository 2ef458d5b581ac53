using System.Security.Cryptography;
using System.Text;
using Exceed.Core.Customers;

namespace Exceed.Core.Widget;

/// <summary>
/// A signed-in shopper vouched for by the shop's own site: data-customer-email (or -phone) plus
/// data-customer-token = lower-case hex HMAC-SHA256 of that value (trimmed; an email also lower-cased) with the shop secret.
/// </summary>
public sealed record Shopper(IdentityKind Kind, string Value);

public static class ShopperSignature
{
    public static string Sign(string secret, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(value)));

    public static string Canonical(IdentityKind kind, string value) =>
        kind == IdentityKind.Email ? value.Trim().ToLowerInvariant() : value.Trim();

    /// <summary>The shopper when the token matches; null when no identity was given; a failure when it was forged.</summary>
    public static (Shopper? Shopper, bool Forged) Verify(string? secret, string? email, string? phone, string? token)
    {
        var (kind, value) = !string.IsNullOrWhiteSpace(email) ? (IdentityKind.Email, email)
            : !string.IsNullOrWhiteSpace(phone) ? (IdentityKind.Phone, phone) : (IdentityKind.Email, (string?)null);
        if (value is null)
        {
            return (null, false);
        }
        if (string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(token) || value.Length > 320)
        {
            return (null, true);
        }
        var canonical = Canonical(kind, value);
        var expected = Encoding.ASCII.GetBytes(Sign(secret, canonical));
        var given = Encoding.ASCII.GetBytes(token.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given) ? (new Shopper(kind, canonical), false) : (null, true);
    }
}
