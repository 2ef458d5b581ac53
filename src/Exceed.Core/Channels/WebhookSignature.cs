using System.Security.Cryptography;
using System.Text;

namespace Exceed.Core.Channels;

/// <summary>Signs what we POST to an integration so it can tell the reply came from us: "sha256=" + hex HMAC of "timestamp.body".</summary>
public static class WebhookSignature
{
    public const string Header = "X-Exceed-Signature";
    public const string TimestampHeader = "X-Exceed-Timestamp";

    public static string Sign(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{unixSeconds}.");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public static bool Verify(string secret, long unixSeconds, ReadOnlySpan<byte> body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, unixSeconds, body)), Encoding.ASCII.GetBytes(signature));

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
