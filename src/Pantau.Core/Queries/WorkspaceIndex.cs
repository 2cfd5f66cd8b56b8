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
    private readonly FrozenDictionary<long, int[]> _wildcards3; // wildcard terms by their 3-letter prefix
    private readonly FrozenDictionary<long, int[]> _wildcards4; // by the first 4 letters of a longer prefix
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
        _wildcards3 = b.Wildcards3.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
        _wildcards4 = b.Wildcards4.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
        // Values are stored lower case; posts declare "ID" or "id" alike.
        _sources = b.Values[ValueField.Source].ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _languages = b.Values[ValueField.Language].ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _countries = b.Values[ValueField.Country].ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _sites = b.Values[ValueField.Site].ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _anchored = b.Anchored.Select(a => a.ToArray()).ToArray();
        _always = [.. b.Always];
        _usesAuthor = b.UsesAuthor;
        Queries = [.. b.Queries];
    }

    public CompiledQuery[] Queries { get; }

    /// <summary>True when a query of the workspace uses <c>lang:</c>, so posts need their language before matching.</summary>
    public bool ReadsLanguage => _languages.Count > 0;

    public static WorkspaceIndex Build(IReadOnlyList<(Guid TopicId, ParsedQuery Query)> queries)
    {
        var builder = new Builder();
        foreach (var (topicId, query) in queries)
        {
            builder.Add(topicId, query.Root);
        }

        builder.ChooseAnchors();
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
        if (value is not null && values.Count > 0 && values.TryGetValue(value, out var term))
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

            if (_wildcards3.Count + _wildcards4.Count > 0)
            {
                CheckWildcards(token.Text, token, position, scratch);
                if (token.Squeezed is { } squeezed)
                {
                    CheckWildcards(squeezed, token, position, scratch);
                }
            }
        }
    }

    /// <summary>Tests the wildcard terms whose literal prefix starts the word: few per word, however many wildcards there are.</summary>
    private void CheckWildcards(string word, in Token token, int position, MatchScratch scratch)
    {
        if (word.Length >= 3 && _wildcards3.TryGetValue(Key(word, 3), out var ids))
        {
            Check(ids, token, position, scratch);
        }

        if (word.Length >= 4 && _wildcards4.TryGetValue(Key(word, 4), out ids))
        {
            Check(ids, token, position, scratch);
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

    private static long Key(string text, int letters)
    {
        long key = 0;
        for (var i = 0; i < letters; i++)
        {
            key = (key << 16) | text[i];
        }

        return key;
    }

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
        public Dictionary<long, List<int>> Wildcards3 { get; } = [];
        public Dictionary<long, List<int>> Wildcards4 { get; } = [];
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

        private readonly Dictionary<TermPattern, int> _patternIds = new(ReferenceEqualityComparer.Instance);
        private readonly List<int> _usage = []; // by term: how many queries use it
        private readonly HashSet<int> _queryTerms = [];
        private readonly List<QueryNode> _roots = [];

        public void Add(Guid topicId, QueryNode root)
        {
            _queryTerms.Clear();
            Queries.Add(new CompiledQuery(topicId, Compile(root)));
            _roots.Add(root);
            foreach (var term in _queryTerms)
            {
                _usage[term]++;
            }
        }

        /// <summary>Once every query is in, so that a term's cost can count the queries that share it.</summary>
        public void ChooseAnchors()
        {
            for (var index = 0; index < _roots.Count; index++)
            {
                var (anchors, _) = Anchors(_roots[index]);
                if (anchors is null)
                {
                    Always.Add(index);
                    continue;
                }

                foreach (var term in anchors.Distinct())
                {
                    Anchored[term].Add(index);
                }
            }
        }

        private Evaluator Compile(QueryNode node) => node switch
        {
            TermNode t => new TermEvaluator(Use(t.Term)),
            PhraseNode p => new PhraseEvaluator(p.Words.Select(Use).ToArray(), p.Slop),
            AndNode a => new AndEvaluator(a.Children.OrderBy(c => c is NotNode ? 1 : 0).Select(Compile).ToArray()),
            OrNode o => new OrEvaluator(o.Children.Select(Compile).ToArray()),
            NotNode n => new NotEvaluator(Compile(n.Child)),
            NearNode n => new NearEvaluator((SpanEvaluator)Compile(n.Left), (SpanEvaluator)Compile(n.Right), n.Distance, n.Ordered),
            TextFieldNode f => Field(f),
            ValueNode v => Value(v),
            FollowersNode f => new PostEvaluator(raw => PostValues.Matches(f, raw)),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown query node"),
        };

        private FieldEvaluator Field(TextFieldNode field)
        {
            UsesAuthor |= field.Field == TextField.Author;
            return new FieldEvaluator(field.Field == TextField.Title ? View.Title : View.Author, Compile(field.Inner));
        }

        private PostEvaluator Value(ValueNode value)
        {
            if (AnchorKey(value) is { } key)
            {
                _queryTerms.Add(ValueId(value.Field, key));
            }

            return new PostEvaluator(raw => PostValues.Matches(value, raw));
        }

        /// <summary>The metadata values a post is looked up by (site:www.detik.com is found on detik.com); null for fields that are not indexed.</summary>
        private static string? AnchorKey(ValueNode value) => value.Field switch
        {
            ValueField.Site => PostValues.Domain(value.Value),
            ValueField.Source or ValueField.Language or ValueField.Country => value.Value,
            _ => null,
        };

        private int Use(TermPattern pattern)
        {
            var id = TermId(pattern);
            _patternIds[pattern] = id;
            _queryTerms.Add(id);
            return id;
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
                var prefix = pattern.Wildcard.Prefix;
                if (prefix.Length == 3)
                {
                    Add(Wildcards3, Key(prefix, 3), id);
                }
                else
                {
                    Add(Wildcards4, Key(prefix, 4), id);
                }

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
            _usage.Add(0);
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
                    return ([_patternIds[t.Term]], Cost(t.Term));
                case PhraseNode p:
                    var rarest = p.Words.MinBy(Cost)!;
                    return ([_patternIds[rarest]], Cost(rarest));
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
                case ValueNode v when AnchorKey(v) is { } key:
                    var id = ValueId(v.Field, key);
                    return ([id], (v.Field == ValueField.Site ? 1 : 50) * _usage[id]);
                default:
                    return (null, double.MaxValue);
            }
        }

        /// <summary>
        /// A guess at how many candidate evaluations anchoring on a term costs: how common the word looks in posts
        /// (short and very common words and wildcards often, tags and long words rarely) times how many queries
        /// share it — a word in hundreds of topics ("komplain", "official") makes each of them a candidate whenever
        /// it appears, a brand name in one topic only that topic.
        /// </summary>
        private double Cost(TermPattern term)
        {
            var looks = term.Wildcard is not null ? 2
                : term.Kind is TermKind.Hashtag or TermKind.Mention ? 0.8
                : CommonWords.Contains(term.Text) ? 20
                : term.Text.Length <= 3 ? 3
                : 1 + (1.0 / term.Text.Length);
            return looks * _usage[_patternIds[term]];
        }

        private static readonly FrozenSet<string> CommonWords = FrozenSet.Create(StringComparer.Ordinal,
            "yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk", "dengan", "tidak", "gak", "ga", "aja", "sama", "udah", "sudah",
            "lagi", "juga", "ada", "saya", "aku", "kamu", "kami", "kita", "mau", "bisa", "the", "and", "for", "you", "this", "that",
            "with", "not", "are", "was", "have", "but");
    }
}
