using System.Text;

namespace Exceed.Core.Replies;

/// <summary>What a reply's variables stand for in one conversation; a value we do not know is null.</summary>
public sealed record ReplyContext(string Language, string? Name, string Greeting, string? OrderNumber, string AgentName, int LocalHour,
    Conversations.ChannelKind? Channel);

/// <summary>The variables a canned reply or template may use, written in braces: "{greeting},您的订单 {order} 已发出。"</summary>
public static class ReplyVariables
{
    public static readonly string[] Known = ["name", "greeting", "order", "agent"];

    /// <summary>The variable names in braces that we do not know, so a lead hears about a typo when saving, not a customer when sending.</summary>
    public static IReadOnlyList<string> Unknown(string body) =>
        Names(body).Where(n => !Known.Contains(n, StringComparer.Ordinal)).Distinct().ToList();

    /// <summary>The body with each known variable replaced by its value (unknown values become empty); the result is plain text.</summary>
    public static string Fill(string body, ReplyContext context)
    {
        var filled = new StringBuilder(body.Length + 32);
        var at = 0;
        while (at < body.Length)
        {
            var open = body.IndexOf('{', at);
            var close = open < 0 ? -1 : body.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                filled.Append(body, at, body.Length - at);
                break;
            }
            filled.Append(body, at, open - at);
            var name = body[(open + 1)..close];
            filled.Append(Value(name, context) ?? body[open..(close + 1)]);
            at = close + 1;
        }
        return filled.ToString();
    }

    private static string? Value(string name, ReplyContext c) => name switch
    {
        "name" => c.Name ?? "",
        "greeting" => c.Greeting,
        "order" => c.OrderNumber ?? "",
        "agent" => c.AgentName,
        _ => null,
    };

    private static IEnumerable<string> Names(string body)
    {
        var at = 0;
        while (body.IndexOf('{', at) is var open and >= 0 && body.IndexOf('}', open + 1) is var close and >= 0)
        {
            yield return body[(open + 1)..close];
            at = close + 1;
        }
    }
}
