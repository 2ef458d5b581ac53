using System.Net;

namespace Exceed.Web.Widget;

/// <summary>The widget script (plain JS, shipped as written) and the small standalone page a resume link opens.</summary>
internal static class WidgetAssets
{
    private static readonly Lazy<byte[]> ScriptBytes = new(() =>
    {
        using var stream = typeof(WidgetAssets).Assembly.GetManifestResourceStream("Exceed.Web.Widget.widget.js")
            ?? throw new InvalidOperationException("widget.js is not embedded in Exceed.Web.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static int ScriptSize => ScriptBytes.Value.Length;

    public static IResult Script() => Results.Bytes(ScriptBytes.Value, "text/javascript; charset=utf-8");

    public const string ExpiredPage = """
        <!doctype html><html><head><meta charset="utf-8"><title>Chat</title></head><body>
        <p lang="zh-Hans">此链接已失效，请回到网站重新发起咨询。</p><p lang="zh-Hant">此連結已失效，請回到網站重新發起諮詢。</p>
        <p lang="en">This link has expired; start a new chat on the shop's site.</p></body></html>
        """;

    /// <summary>The resume token is attribute-encoded; it is ours (data protection output), but never trusted as markup.</summary>
    public static IResult ResumePage(string token) => Results.Content($"""
        <!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Chat</title></head><body style="margin:0;background:#f4f5f7">
        <script src="/widget.js" data-resume="{WebUtility.HtmlEncode(token)}" data-open="true" data-full-page="true"></script>
        </body></html>
        """, "text/html; charset=utf-8");
}
