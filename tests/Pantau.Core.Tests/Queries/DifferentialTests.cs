using System.Globalization;
using System.Text;
using Pantau.Core.Posts;
using Pantau.Core.Queries;
using Pantau.Core.Text;

namespace Pantau.Core.Tests.Queries;

/// <summary>
/// Random queries and posts from one shared vocabulary: the compiled matcher, with and without its pre-filter,
/// must agree with <see cref="ReferenceEvaluator"/> on every pair.
/// </summary>
public sealed class DifferentialTests
{
    private const int QueriesPerSeed = 400;
    private const int PostsPerSeed = 200;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_matcher_agrees_with_the_reference_evaluator(int seed)
    {
        var generator = new Generator(new Random(seed));
        var topics = new List<(TopicDefinition Topic, ParsedQuery Query)>();
        var unparsed = new List<string>();
        for (var i = 0; i < QueriesPerSeed; i++)
        {
            var text = generator.Query();
            if (!QueryParser.TryParse(text, out var parsed, out var error))
            {
                unparsed.Add($"{text}  →  {error!.Message}");
                continue;
            }

            var workspace = generator.Chance(0.2) ? Posts.WorkspaceB : Posts.WorkspaceA;
            topics.Add((new TopicDefinition(Guid.NewGuid(), workspace, text), parsed!));
        }

        Assert.True(unparsed.Count == 0, "Generated queries that did not parse:\n" + string.Join('\n', unparsed.Take(20)));

        var matcher = TopicMatcher.Compile(topics.Select(t => t.Topic));
        Assert.Empty(matcher.Rejected);
        Assert.Equal(topics.Count, matcher.TopicCount);

        var features = topics.Select(t => Features(t.Query.Root).Distinct().ToArray()).ToArray();
        var failures = new List<string>();
        var coverage = new Dictionary<string, int>(StringComparer.Ordinal);
        var matchedPairs = 0;
        for (var p = 0; p < PostsPerSeed && failures.Count < 10; p++)
        {
            var workspace = generator.Chance(0.2) ? Posts.WorkspaceB : Posts.WorkspaceA;
            var post = NormalisedPost.From(workspace, Posts.Source, generator.Post());
            var reference = new ReferenceEvaluator(post);
            var expected = new HashSet<Guid>();
            for (var t = 0; t < topics.Count; t++)
            {
                // A topic of another workspace never matches a post, whatever its query.
                if (topics[t].Topic.WorkspaceId == post.WorkspaceId && reference.Matches(topics[t].Query.Root))
                {
                    expected.Add(topics[t].Topic.Id);
                    matchedPairs++;
                    foreach (var feature in features[t])
                    {
                        coverage[feature] = coverage.GetValueOrDefault(feature) + 1;
                    }
                }
            }

            var match = matcher.Match(post).ToHashSet();
            var every = matcher.MatchEveryQuery(post).ToHashSet();
            var explained = matcher.Explain(post);
            foreach (var (topic, query) in topics)
            {
                var want = expected.Contains(topic.Id);
                if (want != match.Contains(topic.Id) || want != every.Contains(topic.Id))
                {
                    failures.Add(Describe(topic, query, post, want, match.Contains(topic.Id), every.Contains(topic.Id)));
                }
            }

            Assert.True(match.SetEquals(explained.Select(m => m.TopicId)), "Explain and Match list different topics for " + DescribePost(post));
            foreach (var highlight in explained.SelectMany(m => m.Highlights))
            {
                var tokens = highlight.Field == PostField.Text ? post.Tokens : post.TitleTokens;
                Assert.Contains(tokens, t => t.Start == highlight.Start && t.Length == highlight.Length);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} disagreement(s) with the reference evaluator (seed {seed}):\n\n" + string.Join("\n\n", failures));

        // The generator must exercise every part of the language on posts that match.
        string[] required =
        [
            "term", "phrase", "slop", "and", "or", "not", "near", "onear", "title", "author", "site", "url", "source", "lang", "country",
            "is", "followers", "wildcard", "exact", "hashtag", "mention", "emoji", "url-term", "elongated",
        ];
        var missing = required.Where(f => !coverage.ContainsKey(f)).ToArray();
        Assert.True(missing.Length == 0, "No matching pair used: " + string.Join(", ", missing));
        var pairs = (long)topics.Count * PostsPerSeed;
        Assert.InRange(matchedPairs, pairs / 200, pairs / 3); // neither almost nothing nor almost everything matches
    }

    [Fact]
    public void The_reference_evaluator_follows_the_specification()
    {
        // A few hand-checked cases so that the reference is itself tested.
        (string Query, string Text, string? Title, bool Expected)[] cases =
        [
            ("\"sinyal lemot\"~1", "lemot banget sinyal", null, true),
            ("\"sinyal lemot\"~1", "sinyal di rumah lemot", null, false),
            ("sinyal NEAR/2 lemot", "lemot a b sinyal", null, true),
            ("sinyal ONEAR/2 lemot", "lemot a b sinyal", null, false),
            ("sinyal NEAR/3 \"sinyal lemot\"", "sinyal lemot", null, false),
            ("\"halo promo\"", "kartu halo", "promo", false),
            ("title:promo", "promo", null, false),
            ("title:(promo -gratis)", "gratis", "promo", true),
            ("kata2", "kata-kata", null, true),
            ("maaf", "maf", null, false),
            ("maaf", "maaaaf", null, true),
        ];
        foreach (var (query, text, title, expected) in cases)
        {
            var post = Posts.In(Posts.WorkspaceA, text, title);
            Assert.True(expected == new ReferenceEvaluator(post).Matches(QueryParser.Parse(query).Root), query + " on " + text);
        }
    }

    private static string Describe(TopicDefinition topic, ParsedQuery query, NormalisedPost post, bool expected, bool match, bool every) =>
        $"query: {query.Text}\n  tree: {QueryTree.Show(query.Root)}\n  topic workspace: {Name(topic.WorkspaceId)}\n  {DescribePost(post)}\n" +
        $"  reference: {expected}, Match: {match}, MatchEveryQuery: {every}";

    private static string DescribePost(NormalisedPost post)
    {
        var raw = post.Raw;
        return $"post in {Name(post.WorkspaceId)}: text \"{raw.Text}\", title {Quote(raw.Title)}, url {Quote(raw.Url)}, network {raw.Network}, " +
            $"kind {raw.SourceKind}, lang {Quote(raw.Language)}, country {Quote(raw.Country)}, author {raw.Author.Handle}/{Quote(raw.Author.DisplayName)}, " +
            $"followers {raw.Author.Followers?.ToString(CultureInfo.InvariantCulture) ?? "null"}, reply {raw.InReplyToExternalId is not null}, " +
            $"repost {raw.RepostOfExternalId is not null}, quote {raw.QuoteOfExternalId is not null}\n" +
            $"  text tokens: {string.Join(' ', post.Tokens.Select(Show))}\n  title tokens: {string.Join(' ', post.TitleTokens.Select(Show))}";

        static string Quote(string? s) => s is null ? "null" : "\"" + s + "\"";
        static string Show(Token t) => t.Kind switch
        {
            TokenKind.Hashtag => "#" + t.CasedText,
            TokenKind.Mention => "@" + t.CasedText,
            _ => t.CasedText,
        } + (t.Squeezed is null ? string.Empty : "(" + t.Squeezed + ")");
    }

    private static string Name(Guid workspace) => workspace == Posts.WorkspaceA ? "A" : "B";

    /// <summary>The parts of the language a query uses, for coverage.</summary>
    private static IEnumerable<string> Features(QueryNode node)
    {
        IEnumerable<string> Of(TermPattern t)
        {
            yield return "term";
            if (t.Wildcard is not null)
            {
                yield return "wildcard";
            }

            if (t.ExactCase is not null)
            {
                yield return "exact";
            }

            if (t.Elongated)
            {
                yield return "elongated";
            }

            switch (t.Kind)
            {
                case TermKind.Hashtag:
                    yield return "hashtag";
                    break;
                case TermKind.Mention:
                    yield return "mention";
                    break;
                case TermKind.Emoji:
                    yield return "emoji";
                    break;
                case TermKind.Url:
                    yield return "url-term";
                    break;
            }
        }

        return node switch
        {
            TermNode t => Of(t.Term),
            PhraseNode p => p.Words.SelectMany(Of).Append("phrase").Append(p.Slop > 0 ? "slop" : "phrase"),
            AndNode a => a.Children.SelectMany(Features).Append("and"),
            OrNode o => o.Children.SelectMany(Features).Append("or"),
            NotNode n => Features(n.Child).Append("not"),
            NearNode n => Features(n.Left).Concat(Features(n.Right)).Append(n.Ordered ? "onear" : "near"),
            TextFieldNode f => Features(f.Inner).Append(f.Field == TextField.Title ? "title" : "author"),
            ValueNode v => [v.Field switch
            {
                ValueField.Site => "site",
                ValueField.Url => "url",
                ValueField.Source => "source",
                ValueField.Language => "lang",
                ValueField.Country => "country",
                _ => "is",
            }],
            FollowersNode => ["followers"],
            _ => [],
        };
    }

    /// <summary>Random queries and posts over one vocabulary, so that they often meet.</summary>
    private sealed class Generator(Random random)
    {
        private static readonly string[] PostWords =
        [
            "sinyal", "lemot", "jaringan", "kartu", "halo", "promo", "diskon", "kecewa", "mantap", "maaf", "maf", "saat", "taat", "kata",
            "paket", "kuota", "internet", "gangguan", "bagus", "parah", "tidak", "gak", "yang", "dan", "rumah", "mati", "lelet", "signal",
            "slow", "network", "customer", "service", "bad", "good", "and", "or", "not", "nusantel", "telkomsel", "indihome", "budi",
            "santoso", "care", "akhir", "tahun",
        ];

        private static readonly string[] PostVariants =
        [
            "Nusantel", "NUSANTEL", "𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥", "ＮＵＳＡＮＴＥＬ", "Ⓝⓤⓢⓐⓝⓣⓔⓛ", "IndiHome", "BNI", "bni", "Bni", "XL", "4G", "mi3", "50.000",
            "2026", "lemooot", "LEMOOOT", "maaaaf", "kecewaaa", "mantaaap", "sinyaaal", "promooo", "kata2", "Kata2", "kata-kata", "anak2",
            "café", "Promo", "𝐏𝐫𝐨𝐦𝐨", "#nusantel", "#Promo", "#gangguan", "#indihomegangguan", "#mantaaap", "#kata2", "@nusantel",
            "@budi.santoso", "@Telkomsel", "@budi", "😡", "👍🏽", "🔥", "https://detik.com/nusantel", "www.kompas.com/promo", "sinyal2",
        ];

        private static readonly string[] Runs =
        [
            "kartu halo", "sinyal lemot", "customer service", "budi santoso", "promo akhir tahun", "jaringan mati", "signal slow",
            "kata kata", "lemot banget sinyal", "sinyal di rumah lemot",
        ];

        private static readonly string[] Separators = [" ", " ", " ", " ", ", ", "! ", ". ", " - ", "\n", " (", ") "];

        private static readonly string[] QueryWords =
        [
            "sinyal", "lemot", "jaringan", "kartu", "halo", "promo", "diskon", "kecewa", "mantap", "maaf", "maf", "saat", "taat", "kata",
            "paket", "internet", "gangguan", "bagus", "parah", "tidak", "rumah", "mati", "lelet", "signal", "slow", "network", "service",
            "good", "and", "nusantel", "telkomsel", "indihome", "budi", "santoso", "care", "akhir", "tahun", "4g", "mi3", "50.000", "2026",
            "cafe", "café", "bni", "xl",
        ];

        private static readonly string[] QueryVariants =
        [
            "NUSANTEL", "𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥", "lemooot", "mantaaap", "sinyaaal", "kata2", "kata-kata", "anak2", "😡", "👍", "🔥",
            "https://detik.com/nusantel", "www.kompas.com/promo",
        ];

        private static readonly string[] Hashtags = ["#nusantel", "#promo", "#gangguan", "#indihomegangguan", "#mantap", "#kata2"];
        private static readonly string[] Mentions = ["@nusantel", "@budi.santoso", "@telkomsel", "@budi"];
        private static readonly string[] Exact = ["{BNI}", "{bni}", "{Bni}", "{Nusantel}", "{NUSANTEL}", "{XL}", "{IndiHome}", "{Promo}", "{#Promo}"];

        private static readonly string[] Wildcards =
        [
            "lem*t", "nusan*", "indihome*", "kec?wa", "mant?p", "#indi*", "sin*al", "pro*", "gang*an", "@budi*", "kat*", "kat?", "sin?al*",
        ];

        private static readonly string[] AuthorTerms = ["budi", "santoso", "nusantel", "care", "@budi", "@nusantel*", "\"budi santoso\"", "andi", "telkomsel"];
        private static readonly string[] Sites = ["detik.com", "www.detik.com", "news.detik.com", "kompas.com"];
        private static readonly string[] UrlParts = ["detik.com/nusantel", "kompas", "/read/", "promo"];
        private static readonly string[] Sources = ["x", "facebook", "demo", "youtube", "feed"];
        private static readonly string[] Languages = ["id", "en", "ID", "jv"];
        private static readonly string[] Countries = ["id", "my", "ID"];
        private static readonly string[] Flags = ["reply", "repost", "quote"];
        private static readonly string[] Ranges = ["[1000 TO *]", "[* TO 500]", "[100 TO 5000]", "[* TO *]", "[0 TO 0]"];

        private static readonly string[] Networks = ["x", "facebook", "youtube", "feed"];
        private static readonly string[] Kinds = ["demo", "feed", "x", "youtube"];

        private static readonly string?[] Urls =
        [
            null, "https://www.detik.com/berita/nusantel", "https://news.detik.com/read/1", "https://m.news.detik.com/x",
            "https://kompas.com/read/2026/promo", "https://notdetik.com/", "not a url", "HTTPS://WWW.Detik.COM/Read",
        ];

        private static readonly string?[] PostLanguages = [null, "id", "ID", "en", "jv"];
        private static readonly string?[] PostCountries = [null, "id", "ID", "my"];
        private static readonly long?[] FollowerCounts = [null, 0, 100, 500, 999, 1000, 5000, 50000];
        private static readonly string[] Handles = ["budi", "@budi.santoso", "nusantel", "NusantelCare", "Telkomsel"];
        private static readonly string?[] DisplayNames = [null, "Budi Santoso", "Nusantel Care", "𝐁𝐮𝐝𝐢", "Andi"];

        public bool Chance(double p) => random.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        // ---- Posts ----

        public RawPost Post() => new()
        {
            SourceKind = Pick(Kinds),
            ExternalId = "p",
            Network = Pick(Networks),
            PublishedAt = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero),
            Text = Words(random.Next(0, 16)),
            Title = Chance(0.4) ? null : Words(random.Next(1, 7)),
            Url = Pick(Urls),
            Language = Pick(PostLanguages),
            Country = Pick(PostCountries),
            Author = new PostAuthor(Pick(Handles), Pick(DisplayNames), Pick(FollowerCounts)),
            InReplyToExternalId = Chance(0.25) ? "r" : null,
            RepostOfExternalId = Chance(0.2) ? "r" : null,
            QuoteOfExternalId = Chance(0.2) ? "q" : null,
        };

        private string Words(int count)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    builder.Append(Pick(Separators));
                }

                builder.Append(random.Next(10) switch
                {
                    < 6 => Pick(PostWords),
                    < 9 => Pick(PostVariants),
                    _ => Pick(Runs),
                });
            }

            return builder.ToString();
        }

        // ---- Queries ----

        public string Query() => Or(depth: 2, inField: false);

        private string Or(int depth, bool inField)
        {
            var count = depth > 0 && Chance(0.35) ? random.Next(2, 4) : 1;
            return string.Join(" OR ", Enumerable.Range(0, count).Select(_ => And(depth, inField)));
        }

        /// <summary>Some conditions, at least one of them positive (an alternative that only excludes is an error).</summary>
        private string And(int depth, bool inField)
        {
            var count = random.Next(1, depth > 0 ? 4 : 3);
            var positive = random.Next(count);
            var builder = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    builder.Append(Chance(0.7) ? " " : " AND ");
                }

                builder.Append(i == positive || Chance(0.6) ? Positive(depth, inField) : Negative(depth, inField));
            }

            return builder.ToString();
        }

        private string Positive(int depth, bool inField) => random.Next(12) switch
        {
            < 4 => Term(),
            4 or 5 => Phrase(),
            6 => Near(),
            7 => depth > 0 ? "(" + Or(depth - 1, inField) + ")" : Term(),
            8 or 9 => inField ? Term() : Field(depth),
            10 => inField ? Phrase() : Value(),
            _ => Term(),
        };

        private string Negative(int depth, bool inField)
        {
            var sign = Chance(0.6) ? "-" : "NOT ";
            return random.Next(7) switch
            {
                0 or 1 => sign + Term(),
                2 => sign + Phrase(),
                3 => depth > 0 ? sign + "(" + Or(depth - 1, inField) + ")" : sign + Term(),
                4 => sign + Near(),
                5 => inField ? sign + Term() : sign + Value(),
                _ => inField ? sign + Term() : Chance(0.5) ? sign + Field(0) : (Chance(0.5) ? "title:-" : "author:-") + Term(),
            };
        }

        private string Term() => random.Next(20) switch
        {
            < 10 => Pick(QueryWords),
            < 12 => Pick(QueryVariants),
            < 14 => Pick(Wildcards),
            < 16 => Pick(Exact),
            < 18 => Pick(Hashtags),
            _ => Pick(Mentions),
        };

        private string Phrase()
        {
            string words;
            if (Chance(0.5))
            {
                words = Pick(Runs);
            }
            else
            {
                var count = random.Next(1, 4);
                words = string.Join(' ', Enumerable.Range(0, count).Select(_ => random.Next(10) switch
                {
                    < 7 => Pick(QueryWords),
                    7 => Pick(QueryVariants),
                    8 => Pick(Hashtags),
                    _ => Pick(Wildcards.Where(w => w[0] is not ('#' or '@')).ToArray()),
                }));
            }

            var slop = Chance(0.5) ? 0 : random.Next(1, 4);
            return "\"" + words + "\"" + (slop > 0 ? "~" + slop.ToString(CultureInfo.InvariantCulture) : string.Empty);
        }

        private string Near()
        {
            var op = Chance(0.6) ? "NEAR" : "ONEAR";
            return $"{Side()} {op}/{random.Next(0, 5).ToString(CultureInfo.InvariantCulture)} {Side()}";
        }

        private string Side() => random.Next(6) switch
        {
            < 3 => Term(),
            3 or 4 => Phrase(),
            _ => "(" + string.Join(" OR ", Enumerable.Range(0, random.Next(2, 4)).Select(_ => Chance(0.7) ? Term() : Phrase())) + ")",
        };

        private string Field(int depth)
        {
            var author = Chance(0.35);
            var name = author ? "author:" : "title:";
            return random.Next(4) switch
            {
                0 => name + (author ? Pick(AuthorTerms) : Term()),
                1 => name + (author ? Pick(AuthorTerms) : Phrase()),
                2 => name + "(" + (author ? string.Join(" OR ", Pick(AuthorTerms), Pick(AuthorTerms)) : Or(Math.Max(0, depth - 1), inField: true)) + ")",
                _ => name + "(" + (author ? Pick(AuthorTerms) + " -" + Pick(AuthorTerms) : And(Math.Max(0, depth - 1), inField: true)) + ")",
            };
        }

        private string Value()
        {
            var (name, values) = random.Next(7) switch
            {
                0 => ("site", Sites),
                1 => ("url", UrlParts),
                2 => ("source", Sources),
                3 => ("lang", Languages),
                4 => ("country", Countries),
                5 => ("is", Flags),
                _ => ("followers", Ranges),
            };
            if (name != "followers" && Chance(0.25))
            {
                return $"{name}:({Pick(values)} OR {Pick(values)})";
            }

            return name + ":" + Pick(values);
        }
    }
}
