using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using System.Text;

namespace Exceed.Core.Email;

/// <summary>Customer HTML made safe to show (no script, no handlers, no active content) and turned into plain text.</summary>
public static class MailHtml
{
    // Configured once and never changed afterwards, which is what makes sharing it across threads safe.
    private static readonly HtmlSanitizer Sanitizer = new();
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "HEAD", "TITLE", "NOSCRIPT", "TEMPLATE", "OBJECT", "IFRAME"];
    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "TABLE", "UL", "OL", "PRE", "HR", "SECTION", "ARTICLE",
    ];

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    /// <summary>The words a reader sees, one line per paragraph, line break or list item.</summary>
    public static string ToText(string html)
    {
        var document = Parser.ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText words:
                    text.Append(CollapseSpaces(words.Data));
                    break;
                case IElement { TagName: "BR" }:
                    text.Append('\n');
                    break;
                case IElement element when Skipped.Contains(element.TagName):
                    break;
                case IElement element when Blocks.Contains(element.TagName):
                    StartLine(text);
                    Append(element, text);
                    StartLine(text);
                    break;
                case IElement element:
                    Append(element, text);
                    break;
            }
        }
    }

    private static void StartLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static string CollapseSpaces(string data)
    {
        var result = new StringBuilder(data.Length);
        var lastWasSpace = false;
        foreach (var c in data)
        {
            var space = char.IsWhiteSpace(c) && c != '\u3000';
            if (!space || !lastWasSpace)
            {
                result.Append(space ? ' ' : c);
            }
            lastWasSpace = space;
        }
        return result.ToString();
    }

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(line => line.Trim(' '));
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1)
            {
                result.Append(line).Append('\n');
            }
        }
        return result.ToString().Trim('\n');
    }
}
