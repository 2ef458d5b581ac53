using Exceed.Core.Language;

namespace Exceed.Core.Tests.Language;

/// <summary>One reply of the evaluation set (tests/data/replies-*.txt) with the kinds a careful lead would mark.</summary>
public sealed record LabelledReply(string Part, int Line, string Language, IReadOnlySet<string> Kinds, string? Context, string Text)
{
    public static IReadOnlyList<LabelledReply> Load(string part)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", $"replies-{part}.txt");
        var replies = new List<LabelledReply>();
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }
            var fields = raw.Split(" | ", 4);
            if (fields.Length != 4 || !ReplyLanguages.IsKnown(fields[0]))
            {
                throw new FormatException($"{path} line {line}: expected 'language | kinds | context | reply'");
            }
            var kinds = fields[1] == "-" ? new HashSet<string>() : fields[1].Split(',').Select(k => k.Trim()).ToHashSet();
            if (kinds.FirstOrDefault(k => !ProblemKinds.All.Contains(k)) is { } unknown)
            {
                throw new FormatException($"{path} line {line}: unknown kind '{unknown}'");
            }
            replies.Add(new LabelledReply(part, line, fields[0], kinds, fields[2] == "-" ? null : fields[2], fields[3]));
        }
        return replies;
    }
}

/// <summary>Precision and recall per kind, counted per reply: a kind is found or not, wherever in the reply it sits.</summary>
public sealed class Scorecard
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> counts = ProblemKinds.All.ToDictionary(k => k, _ => (0, 0, 0));
    public List<string> Misses { get; } = [];

    public void Add(LabelledReply reply, IReadOnlySet<string> found)
    {
        foreach (var kind in ProblemKinds.All)
        {
            var (tp, fp, fn) = counts[kind];
            var expected = reply.Kinds.Contains(kind);
            var got = found.Contains(kind);
            counts[kind] = (tp + (expected && got ? 1 : 0), fp + (!expected && got ? 1 : 0), fn + (expected && !got ? 1 : 0));
            if (expected != got)
            {
                Misses.Add($"{reply.Part}:{reply.Line} {(got ? "false" : "missed")} {kind}: {reply.Text}");
            }
        }
    }

    public (double Precision, double Recall, int Tp, int Fp, int Fn) Overall
    {
        get
        {
            var tp = counts.Values.Sum(c => c.Tp);
            var fp = counts.Values.Sum(c => c.Fp);
            var fn = counts.Values.Sum(c => c.Fn);
            return (Ratio(tp, tp + fp), Ratio(tp, tp + fn), tp, fp, fn);
        }
    }

    public string Table()
    {
        var lines = new List<string> { "| kind | labelled | found right | false marks | missed | precision | recall |", "|---|---|---|---|---|---|---|" };
        foreach (var (kind, (tp, fp, fn)) in counts)
        {
            lines.Add($"| {kind} | {tp + fn} | {tp} | {fp} | {fn} | {Ratio(tp, tp + fp):0.00} | {Ratio(tp, tp + fn):0.00} |");
        }
        var o = Overall;
        lines.Add($"| **overall** | {o.Tp + o.Fn} | {o.Tp} | {o.Fp} | {o.Fn} | {o.Precision:0.00} | {o.Recall:0.00} |");
        return string.Join('\n', lines);
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
