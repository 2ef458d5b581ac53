namespace Exceed.Core.Language;

/// <summary>
/// Aho–Corasick automaton over the first segment of every pattern: one pass over the folded reply finds every entry
/// that could start at each position, however large the phrasebook (no regular expression per entry).
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<long, int> next = [];
    private readonly List<int> fail = [0];
    private readonly List<int> keyAt = [-1];
    private readonly List<int> outputLink = [0];
    private readonly List<PhrasePattern[]> patternsByKey = [];
    private readonly List<int> keyLengths = [];

    public PhraseMatcher(IEnumerable<PhrasePattern> patterns)
    {
        foreach (var group in patterns.GroupBy(p => p.FirstSegment, StringComparer.Ordinal))
        {
            Insert(group.Key, patternsByKey.Count);
            patternsByKey.Add([.. group]);
            keyLengths.Add(group.Key.Length);
        }
        LinkFailures();
    }

    /// <summary>Every pattern whose first segment ends at some position: the pattern and where that segment starts.</summary>
    public void Scan(string folded, List<(PhrasePattern Pattern, int Start, int End)> found)
    {
        var node = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            node = Step(node, folded[i]);
            for (var o = keyAt[node] >= 0 ? node : outputLink[node]; o > 0; o = outputLink[o])
            {
                var key = keyAt[o];
                foreach (var pattern in patternsByKey[key])
                {
                    found.Add((pattern, i + 1 - keyLengths[key], i + 1));
                }
            }
        }
    }

    private int Step(int node, char c)
    {
        while (true)
        {
            if (next.TryGetValue(Edge(node, c), out var child))
            {
                return child;
            }
            if (node == 0)
            {
                return 0;
            }
            node = fail[node];
        }
    }

    private static long Edge(int node, char c) => ((long)node << 16) | c;

    private void Insert(string key, int keyIndex)
    {
        var node = 0;
        foreach (var c in key)
        {
            if (!next.TryGetValue(Edge(node, c), out var child))
            {
                child = fail.Count;
                fail.Add(0);
                keyAt.Add(-1);
                outputLink.Add(0);
                next[Edge(node, c)] = child;
            }
            node = child;
        }
        keyAt[node] = keyIndex;
    }

    private void LinkFailures()
    {
        var children = new List<(int Parent, char C, int Child)>(next.Count);
        foreach (var (edge, child) in next)
        {
            children.Add(((int)(edge >> 16), (char)(edge & 0xFFFF), child));
        }
        var byParent = children.ToLookup(e => e.Parent);
        var queue = new Queue<int>();
        foreach (var (_, _, child) in byParent[0])
        {
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (_, c, child) in byParent[node])
            {
                var f = fail[node];
                while (f != 0 && !next.ContainsKey(Edge(f, c)))
                {
                    f = fail[f];
                }
                var target = next.TryGetValue(Edge(f, c), out var t) && t != child ? t : 0;
                fail[child] = target;
                outputLink[child] = keyAt[target] >= 0 ? target : outputLink[target];
                queue.Enqueue(child);
            }
        }
    }
}
