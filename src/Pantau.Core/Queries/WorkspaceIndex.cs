using System.Collections.Frozen;
using Pantau.Core.Posts;
using Pantau.Core.Text;

namespace Pantau.Core.Queries;

internal sealed record CompiledQuery(Guid TopicId, Evaluator Root);

/// <summary>
/// The compiled topics of one workspace: every distinct term once, indexed by its text, its squeezed form and
/// (for wildcards) its first three letters; and for each term the queries anchored on it.
/// </summary>
internal sealed class WorkspaceIndex
{
    private readonly TermPattern?[] _terms; // null for metadata values (source, lang, country, site)
    private readonly FrozenDictionary<string, int[]> _exact;
    private readonly FrozenDictionary<string, int[]> _squeezed;
    private readonly FrozenDictionary<string, int[]> _elongatedTerms;
    private readonly FrozenDictionary<long, int[]> _wildcards;
    private readonly FrozenDictionary<string, int> _sources;
    private readonly FrozenDictionary<string, int> _languages;
    private readonly FrozenDictionary<string, int> _countries;
    private readonly FrozenDictionary<string, int> _sites;
    private readonly int[][] _anchored;
    private readonly int[] _always;
    private readonly bool _usesAuthor;

    private WorkspaceIndex(Builder b)
    {
        _terms = [.. b.Terms];
        _exact = Freeze(b.Exact);
        _squeezed = Freeze(b.Squeezed);
        _elongatedTerms = Freeze(b.ElongatedTerms);
        _wildcards = b.Wildcards.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
        _sources = b.Values[ValueField.Source].ToFrozenDictionary(StringComparer.Ordinal);
        _languages = b.Values[ValueField.Language].ToFrozenDictionary(StringComparer.Ordinal);
        _countries = b.Values[ValueField.Country].ToFrozenDictionary(StringComparer.Ordinal);
        _sites = b.Values[ValueField.Site].ToFrozenDictionary(StringComparer.Ordinal);
        _anchored = b.Anchored.Select(a => a.ToArray()).ToArray();
        _always = [.. b.Always];
        _usesAuthor = b.UsesAuthor;
        Queries = [.. b.Queries];
    }

    public CompiledQuery[] Queries { get; }

    public static WorkspaceIndex Build(IReadOnlyList<(Guid TopicId, ParsedQuery Query)> queries)
    {
        var builder = new Builder();
        foreach (var (topicId, query) in queries)
        {
            builder.Add(topicId, query.Root);
        }

        return new WorkspaceIndex(builder);
    }

    /// <summary>Records where each term occurs in the post and marks the queries anchored on what it contains.</summary>
    public void FindCandidates(NormalisedPost post, MatchScratch scratch)
    {
        scratch.Begin(post, _terms.Length, Queries.Length);
        Scan(post.Tokens, 0, scratch);
        Scan(post.TitleTokens, View.TitleBase, scratch);
        if (_usesAuthor)
        {
            Scan(AuthorTokens(post.Raw.Author), View.AuthorBase, scratch);
        }

        scratch.Seal();
        foreach (var term in scratch.HitTerms)
        {
            Mark(term, scratch);
        }

        MarkValue(_sources, post.Raw.Network, scratch);
        MarkValue(_sources, post.Raw.SourceKind, scratch);
        MarkValue(_languages, post.Raw.Language, scratch);
        MarkValue(_countries, post.Raw.Country, scratch);
        if (_sites.Count > 0 && PostValues.Host(post.Raw) is { } host)
        {
            // m.news.detik.com is on news.detik.com and detik.com too.
            for (var start = 0; start >= 0; start = host.IndexOf('.', start) is var dot and >= 0 ? dot + 1 : -1)
            {
                MarkValue(_sites, host[start..], scratch);
            }
        }

        foreach (var q in _always)
        {
            scratch.AddCandidate(q);
        }
    }

    private void Mark(int term, MatchScratch scratch)
    {
        foreach (var q in _anchored[term])
        {
            scratch.AddCandidate(q);
        }
    }

    private void MarkValue(FrozenDictionary<string, int> values, string? value, MatchScratch scratch)
    {
        if (value is not null && values.Count > 0 && values.TryGetValue(value.ToLowerInvariant(), out var term))
        {
            Mark(term, scratch);
        }
    }

    private void Scan(IReadOnlyList<Token> tokens, int basePosition, MatchScratch scratch)
    {
        // Each field has View.TitleBase positions; words past that (a text of over a million words) are not read,
        // or they would be taken for the next field's.
        var count = Math.Min(tokens.Count, View.TitleBase);
        for (var i = 0; i < count; i++)
        {
            var token = tokens[i];
            var position = basePosition + i;
            if (_exact.TryGetValue(token.Text, out var ids))
            {
                Check(ids, token, position, scratch);
            }

            if (token.Squeezed is not null && _squeezed.TryGetValue(token.Squeezed, out ids))
            {
                Check(ids, token, position, scratch);
            }
            else if (token.Squeezed is null && _elongatedTerms.Count > 0 && _elongatedTerms.TryGetValue(TextNormaliser.Squeeze(token.Text), out ids))
            {
                Check(ids, token, position, scratch);
            }

            if (_wildcards.Count > 0)
            {
                if (token.Text.Length >= 3 && _wildcards.TryGetValue(Key3(token.Text), out ids))
                {
                    Check(ids, token, position, scratch);
                }

                if (token.Squeezed is { Length: >= 3 } squeezed && Key3(squeezed) != Key3(token.Text) && _wildcards.TryGetValue(Key3(squeezed), out ids))
                {
                    Check(ids, token, position, scratch);
                }
            }
        }
    }

    private void Check(int[] ids, in Token token, int position, MatchScratch scratch)
    {
        foreach (var id in ids)
        {
            if (_terms[id]!.Matches(token))
            {
                scratch.AddHit(id, position);
            }
        }
    }

    private static List<Token> AuthorTokens(PostAuthor author)
    {
        var tokens = TextNormaliser.Tokenise(author.Handle.StartsWith('@') ? author.Handle : "@" + author.Handle);
        if (author.DisplayName is not null)
        {
            tokens.AddRange(TextNormaliser.Tokenise(author.DisplayName));
        }

        return tokens;
    }

    private static long Key3(string text) => ((long)text[0] << 32) | ((long)text[1] << 16) | text[2];

    private static FrozenDictionary<string, int[]> Freeze(Dictionary<string, List<int>> d) =>
        d.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Collects terms and queries, then picks each query's anchors.</summary>
    private sealed class Builder
    {
        private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);

        public List<TermPattern?> Terms { get; } = [];
        public Dictionary<string, List<int>> Exact { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<int>> Squeezed { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<int>> ElongatedTerms { get; } = new(StringComparer.Ordinal);
        public Dictionary<long, List<int>> Wildcards { get; } = [];
        public Dictionary<ValueField, Dictionary<string, int>> Values { get; } = new()
        {
            [ValueField.Source] = new(StringComparer.Ordinal),
            [ValueField.Language] = new(StringComparer.Ordinal),
            [ValueField.Country] = new(StringComparer.Ordinal),
            [ValueField.Site] = new(StringComparer.Ordinal),
        };
        public List<List<int>> Anchored { get; } = [];
        public List<int> Always { get; } = [];
        public List<CompiledQuery> Queries { get; } = [];
        public bool UsesAuthor { get; private set; }

        public void Add(Guid topicId, QueryNode root)
        {
            var index = Queries.Count;
            Queries.Add(new CompiledQuery(topicId, Compile(root)));
            var (anchors, _) = Anchors(root);
            if (anchors is null)
            {
                Always.Add(index);
                return;
            }

            foreach (var term in anchors.Distinct())
            {
                Anchored[term].Add(index);
            }
        }

        private Evaluator Compile(QueryNode node) => node switch
        {
            TermNode t => new TermEvaluator(TermId(t.Term)),
            PhraseNode p => new PhraseEvaluator(p.Words.Select(TermId).ToArray(), p.Slop),
            AndNode a => new AndEvaluator(a.Children.OrderBy(c => c is NotNode ? 1 : 0).Select(Compile).ToArray()),
            OrNode o => new OrEvaluator(o.Children.Select(Compile).ToArray()),
            NotNode n => new NotEvaluator(Compile(n.Child)),
            NearNode n => new NearEvaluator((SpanEvaluator)Compile(n.Left), (SpanEvaluator)Compile(n.Right), n.Distance, n.Ordered),
            TextFieldNode f => Field(f),
            ValueNode v => new PostEvaluator(raw => PostValues.Matches(v, raw)),
            FollowersNode f => new PostEvaluator(raw => PostValues.Matches(f, raw)),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown query node"),
        };

        private FieldEvaluator Field(TextFieldNode field)
        {
            UsesAuthor |= field.Field == TextField.Author;
            return new FieldEvaluator(field.Field == TextField.Title ? View.Title : View.Author, Compile(field.Inner));
        }

        private int TermId(TermPattern pattern)
        {
            var key = $"{(int)pattern.Kind}\u0001{pattern.ExactCase}\u0001{(pattern.Wildcard is null ? 0 : 1)}\u0001{pattern.Text}";
            if (_termIds.TryGetValue(key, out var id))
            {
                return id;
            }

            id = NewTerm(pattern);
            _termIds[key] = id;
            if (pattern.Wildcard is not null)
            {
                Add(Wildcards, Key3(pattern.Wildcard.Prefix), id);
                return id;
            }

            Add(Exact, pattern.Text, id);
            if (pattern.ExactCase is null)
            {
                Add(Squeezed, pattern.Squeezed, id);
                if (pattern.Elongated)
                {
                    Add(ElongatedTerms, pattern.Squeezed, id);
                }
            }

            return id;
        }

        private int ValueId(ValueField field, string value)
        {
            var values = Values[field];
            if (!values.TryGetValue(value, out var id))
            {
                values[value] = id = NewTerm(null);
            }

            return id;
        }

        private int NewTerm(TermPattern? pattern)
        {
            Terms.Add(pattern);
            Anchored.Add([]);
            return Terms.Count - 1;
        }

        private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int id)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var ids))
            {
                index[key] = ids = [];
            }

            ids.Add(id);
        }

        /// <summary>
        /// Terms at least one of which every matching post contains, chosen to be as rare as we can guess; null
        /// when there is no such set (the query is then evaluated for every post of the workspace).
        /// </summary>
        private (List<int>? Terms, double Cost) Anchors(QueryNode node)
        {
            switch (node)
            {
                case TermNode t:
                    return ([TermId(t.Term)], Cost(t.Term));
                case PhraseNode p:
                    var rarest = p.Words.MinBy(Cost)!;
                    return ([TermId(rarest)], Cost(rarest));
                case AndNode a:
                    (List<int>? Terms, double Cost) best = (null, double.MaxValue);
                    foreach (var child in a.Children)
                    {
                        var candidate = Anchors(child);
                        if (candidate.Terms is not null && candidate.Cost < best.Cost)
                        {
                            best = candidate;
                        }
                    }

                    return best;
                case OrNode o:
                    var union = new List<int>();
                    var total = 0.0;
                    foreach (var child in o.Children)
                    {
                        var (terms, cost) = Anchors(child);
                        if (terms is null)
                        {
                            return (null, double.MaxValue);
                        }

                        union.AddRange(terms);
                        total += cost;
                    }

                    return (union, total);
                case NearNode n:
                    var left = Anchors(n.Left);
                    var right = Anchors(n.Right);
                    return left.Cost <= right.Cost ? left : right;
                case TextFieldNode f:
                    return Anchors(f.Inner);
                case ValueNode { Field: ValueField.Site or ValueField.Source or ValueField.Language or ValueField.Country } v:
                    // Keyed as the post's host is looked up: site:www.detik.com is found on detik.com.
                    return ([ValueId(v.Field, v.Field == ValueField.Site ? PostValues.Domain(v.Value) : v.Value)], v.Field == ValueField.Site ? 1 : 50);
                default:
                    return (null, double.MaxValue);
            }
        }

        /// <summary>A guess at how often a term occurs: short words and wildcards are common, tags and long words rare.</summary>
        private static double Cost(TermPattern term) =>
            term.Wildcard is not null ? 6
            : term.Kind is TermKind.Hashtag or TermKind.Mention ? 0.8
            : CommonWords.Contains(term.Text) ? 20
            : term.Text.Length <= 3 ? 3
            : 1 + (1.0 / term.Text.Length);

        private static readonly FrozenSet<string> CommonWords = FrozenSet.Create(StringComparer.Ordinal,
            "yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk", "dengan", "tidak", "gak", "ga", "aja", "sama", "udah", "sudah",
            "lagi", "juga", "ada", "saya", "aku", "kamu", "kami", "kita", "mau", "bisa", "the", "and", "for", "you", "this", "that",
            "with", "not", "are", "was", "have", "but");
    }
}
