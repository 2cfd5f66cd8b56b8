using System.Globalization;
using System.Text;
using Pantau.Connectors.Demo;
using Pantau.Core.Posts;
using Pantau.Core.Queries;
using Pantau.Core.Text;

namespace Pantau.Benchmarks;

/// <summary>An industry: the words its brands are built from and the words people complain or rave about.</summary>
internal sealed record Sector(string Name, string[] Suffixes, string[] Products, string[] Topics);

/// <summary>
/// One synthetic brand and every form a post or a query may name it by: <c>sentarotel</c>, <c>"sentaro tel"</c>,
/// <c>#sentarotel</c>, <c>@sentarotel_care</c>, <c>sentarot*</c>, the product <c>"sentaro home"</c> /
/// <c>sentarohome</c> and the acronym <c>{STRT}</c>.
/// </summary>
internal sealed record Brand(string Root, string? Suffix, string Product, string Acronym, Sector Sector)
{
    public string Name => Root + Suffix;

    /// <summary>The name as two words ("sentaro tel"), or the root and a word people add ("sentaro official").</summary>
    public string Spaced => Root + " " + (Suffix ?? "official");

    public string ProductPhrase => Root + " " + Product;

    public string ProductCompound => Root + Product;

    public string Handle => Name + "_care";

    /// <summary>A wildcard stem with at least five letters before the star (the language needs three).</summary>
    public string Stem => Name[..Math.Max(5, Name.Length - 2)] + "*";

    /// <summary>A wildcard with the star inside, as in lem*t: the first four letters of the root and the suffix.</summary>
    public string InfixStem => Root[..4] + "*" + (Suffix ?? Root[^2..]);
}

/// <summary>
/// Seeded generator of the topic queries a PR team writes for Indonesian brands, and of ~40-word social posts built
/// from the demo corpus, some of which mention one of the brands. Every query has its own brand vocabulary (drawn
/// from a large pool of invented names that never occur in the demo corpus) plus words from shared pools of
/// industry topics, complaints, praise and exclusions, so different topics are about different brands while sharing
/// the ordinary words, as real workspaces do. Queries have 5–30 terms (a phrase counts its words) and use OR groups,
/// phrases, phrase slop, NEAR/ONEAR, wildcards, hashtags, mentions, exact case, NOT and '-', and now and then a field.
/// </summary>
internal sealed class RealisticTopics
{
    public const int MinTerms = 5;
    public const int MaxTerms = 30;

    public static readonly IReadOnlyList<Sector> Sectors =
    [
        new("telco", ["tel", "net", "sel", "com", "link"], ["home", "fiber", "prima", "max", "combo", "lite"],
            ["sinyal", "jaringan", "internet", "kuota", "paket", "wifi", "4g", "5g", "data", "pulsa", "modem", "router", "koneksi"]),
        new("bank", ["bank", "pay", "dana", "cash", "fin"], ["mobile", "syariah", "kredit", "debit", "tabungan", "prioritas"],
            ["transfer", "saldo", "atm", "mbanking", "rekening", "kartu", "tagihan", "otp", "limit", "cicilan", "autodebet", "bunga"]),
        new("ecommerce", ["mart", "shop", "pedia", "lapak", "belanja"], ["mall", "live", "pay", "later", "express"],
            ["paket", "kurir", "ongkir", "refund", "checkout", "voucher", "pesanan", "pengiriman", "resi", "cod", "seller", "retur"]),
        new("food", ["kopi", "rasa", "food", "bakery", "resto"], ["latte", "signature", "bundling", "member", "susu"],
            ["rasa", "menu", "outlet", "kopi", "minuman", "harga", "porsi", "pelayanan", "antri", "delivery", "kasir", "barista"]),
        new("airline", ["air", "jet", "wings", "aviasi"], ["miles", "club", "express", "connect"],
            ["penerbangan", "delay", "bagasi", "tiket", "pesawat", "refund", "jadwal", "boarding", "kursi", "pramugari", "bandara", "reschedule"]),
        new("transport", ["go", "jek", "ride", "trans", "taxi"], ["food", "car", "send", "mart", "plus"],
            ["driver", "ojol", "order", "tarif", "aplikasi", "penjemputan", "rute", "argo", "helm", "mobil", "motor", "cancel"]),
        new("beauty", ["beauty", "glow", "skin", "cosmetics"], ["serum", "cushion", "toner", "sunscreen", "matte"],
            ["kulit", "jerawat", "serum", "skincare", "lipstik", "bedak", "produk", "kemasan", "tekstur", "wangi", "shade", "iritasi"]),
        new("insurance", ["life", "protect", "assurance", "invest"], ["sehat", "plus", "syariah", "care", "prima"],
            ["klaim", "polis", "premi", "agen", "pencairan", "investasi", "nasabah", "reksadana", "rumah sakit", "manfaat"]),
    ];

    public static readonly IReadOnlyList<string> Complaints =
    [
        "lemot", "lelet", "hilang", "error", "gangguan", "down", "parah", "kecewa", "kesel", "mahal", "ribet", "lambat",
        "lama", "susah", "gagal", "bermasalah", "nyebelin", "zonk", "rusak", "mati", "telat", "ditipu", "penipuan", "slow",
        "worst", "disappointed", "buruk", "payah", "komplain", "lapor",
    ];

    public static readonly IReadOnlyList<string> Praise =
    [
        "mantap", "keren", "puas", "cepat", "murah", "ramah", "recommended", "enak", "terbaik", "memuaskan", "bagus",
        "love", "best", "helpful", "lancar", "stabil", "juara", "sukses", "mantul", "amazing",
    ];

    public static readonly IReadOnlyList<string> Exclusions =
    [
        "promo", "giveaway", "lowongan", "loker", "diskon", "undian", "kuis", "buzzer", "endorse", "iklan", "hadiah",
        "cashback", "\"kode referral\"", "\"link di bio\"", "\"info loker\"", "\"bagi bagi\"", "#giveaway", "#promo",
    ];

    private static readonly string[] Onsets =
        ["b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ny", "kr", "tr", "pr", "br", "sw", "nd", "mb"];

    private static readonly string[] Vowels = ["a", "a", "i", "u", "e", "o"];

    private static readonly string[] Codas = ["", "", "", "", "n", "r", "k", "s", "ng", "l", "m"];

    private static readonly string[] Fillers = ["nya", "lagi", "banget", "bgt", "sih", "hari ini", "dari tadi", "kok", "terus", "ya"];

    private readonly List<Brand> _pool;
    private readonly string[][] _topicWords;
    private readonly string[][] _judgementWords;

    private RealisticTopics(int count, int seed)
    {
        var vocabulary = DemoVocabulary.Instance;
        _pool = GenerateBrands(new Random(seed), (2 * count) + 50, vocabulary);
        var queries = new string[count];
        var terms = new int[count];
        _topicWords = new string[count][];
        _judgementWords = new string[count][];
        for (var i = 0; i < count; i++)
        {
            var q = Query(i, seed);
            (queries[i], terms[i], _topicWords[i], _judgementWords[i]) = (q.ToString(), q.Terms, [.. q.TopicWords], [.. q.JudgementWords]);
        }

        Queries = queries;
        TermCounts = terms;
        Brands = _pool.Take(count).ToArray();
        Ids = Enumerable.Range(0, count).Select(i => NewGuid(new Random(unchecked((seed * 31) + i)))).ToArray();
    }

    /// <summary>The queries; query i is about <see cref="Brands"/>[i].</summary>
    public IReadOnlyList<string> Queries { get; }

    public IReadOnlyList<Brand> Brands { get; }

    public IReadOnlyList<int> TermCounts { get; }

    public IReadOnlyList<Guid> Ids { get; }

    public static RealisticTopics Generate(int count, int seed = 4_2025) => new(count, seed);

    public TopicDefinition[] Definitions(Guid workspace) =>
        Queries.Select((q, i) => new TopicDefinition(Ids[i], workspace, q)).ToArray();

    /// <summary>Compiles the queries into one workspace and fails loudly if any did not parse.</summary>
    public static TopicMatcher CompileChecked(IReadOnlyList<TopicDefinition> definitions, IReadOnlyList<string> queries)
    {
        var matcher = TopicMatcher.Compile(definitions);
        if (matcher.Rejected.Count > 0)
        {
            var first = matcher.Rejected[0];
            var text = queries[Array.FindIndex([.. definitions], d => d.Id == first.TopicId)];
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{matcher.Rejected.Count} of {queries.Count} generated queries did not parse; first: {first.Error.Message} in {text}"));
        }

        return matcher;
    }

    /// <summary>
    /// Posts of 35–45 words: demo corpus texts run together, and in <paramref name="mentionRate"/> of them one of
    /// the generated brands, often next to an industry word and a complaint or praise, sometimes with a promo word.
    /// </summary>
    public RawPost[] Posts(int count, double mentionRate = 0.12, int seed = 7)
    {
        var random = new Random(seed);
        var demo = DemoCorpus.Instance.Posts;
        var posts = new RawPost[count];
        var words = new List<string>(64);
        for (var i = 0; i < count; i++)
        {
            words.Clear();
            var target = random.Next(35, 46);
            var first = demo[random.Next(demo.Count)];
            var source = first;
            while (words.Count < target)
            {
                words.AddRange(source.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                source = demo[random.Next(demo.Count)];
            }

            words.RemoveRange(target, words.Count - target);
            if (random.NextDouble() < mentionRate)
            {
                var topic = random.Next(Brands.Count);
                Mention(random, Brands[topic], _topicWords[topic], _judgementWords[topic], words);
            }

            posts[i] = first.ToRawPost(0, DateTimeOffset.UnixEpoch) with
            {
                ExternalId = string.Create(CultureInfo.InvariantCulture, $"bench-{i}"),
                Text = string.Join(' ', words),
                Title = null,
            };
        }

        return posts;
    }

    private static void Mention(Random random, Brand brand, string[] topicWords, string[] judgementWords, List<string> words)
    {
        var name = random.Next(12) switch
        {
            0 or 1 or 2 => brand.Name,
            3 => Capitalise(brand.Name),
            4 => "#" + Capitalise(brand.Name),
            5 => "@" + brand.Handle,
            6 => Capitalise(brand.Root) + " " + Capitalise(brand.Suffix ?? "official"),
            7 => brand.ProductPhrase,
            8 => brand.ProductCompound,
            9 => brand.Name + "nya",
            10 => brand.Acronym,
            _ => "#" + brand.Name + "error",
        };
        var phrase = new List<string>(name.Split(' '));
        var roll = random.NextDouble();
        if (roll < 0.65)
        {
            // "sinyal sentarotel lemot banget": half the time in the words the brand's topic listens for.
            var ownWords = random.Next(2) == 0;
            var topic = ownWords && topicWords.Length > 0 ? Pick(random, topicWords) : Pick(random, brand.Sector.Topics);
            var judgement = ownWords && judgementWords.Length > 0 ? Pick(random, judgementWords)
                : random.NextDouble() < 0.7 ? Pick(random, Complaints) : Pick(random, Praise);
            phrase.Insert(random.Next(2) == 0 ? 0 : phrase.Count, topic);
            if (random.Next(2) == 0)
            {
                phrase.Add(Pick(random, Fillers));
            }

            phrase.Add(judgement);
        }

        if (random.NextDouble() < 0.08)
        {
            phrase.Add(Pick(random, Exclusions).Trim('"'));
        }

        words.InsertRange(random.Next(words.Count + 1), phrase);
    }

    /// <summary>Query <paramref name="index"/>, from its own seeded stream, so 1,000 queries start with the same 100 as 100 queries.</summary>
    private QueryText Query(int index, int seed)
    {
        var random = new Random(unchecked((seed * 7_919) + index));
        var brand = _pool[index];
        while (true)
        {
            var q = new QueryText(random);
            var template = random.Next(100);
            var target = random.Next(MinTerms, MaxTerms + 1);
            switch (template)
            {
                case < 35: // the complaint monitor: brand AND (topic) NEAR/n (complaint) -exclusions
                    {
                        var brandTerms = Math.Clamp(target / 3, 1, 10);
                        var exclusions = Math.Clamp(target / 6, 1, 6);
                        var rest = Math.Max(2, target - brandTerms - exclusions);
                        q.BrandGroup(brand, brandTerms);
                        q.Append(random.Next(3) == 0 ? " " : " AND ");
                        q.Group(brand.Sector.Topics, Math.Max(1, rest / 2));
                        q.Append(random.Next(4) == 0 ? " ONEAR/" : " NEAR/");
                        q.Number(random.Next(2, 6));
                        q.Append(" ");
                        q.Group(Complaints, Math.Max(1, rest - (rest / 2)));
                        q.Exclusions(this, index, brand, exclusions);
                        break;
                    }

                case < 55: // sentiment: brand (complaints OR praise) -exclusions
                    {
                        var brandTerms = Math.Clamp(target / 3, 1, 10);
                        var exclusions = Math.Clamp(target / 5, 1, 6);
                        q.BrandGroup(brand, brandTerms);
                        q.Append(" ");
                        q.Group(random.Next(2) == 0 ? Complaints : [.. Complaints, .. Praise], Math.Max(1, target - brandTerms - exclusions));
                        q.Exclusions(this, index, brand, exclusions);
                        break;
                    }

                case < 70: // brand awareness: every way of naming the brand, minus the noise
                    {
                        var brandTerms = Math.Clamp(target * 2 / 3, 2, 12);
                        q.BrandGroup(brand, brandTerms);
                        q.Exclusions(this, index, brand, Math.Clamp(target - brandTerms, 1, 8));
                        break;
                    }

                case < 85: // phrases with slop: brand AND ("sinyal hilang"~3 OR ...)
                    {
                        var brandTerms = Math.Clamp(target / 3, 1, 8);
                        var exclusions = Math.Clamp(target / 6, 1, 5);
                        q.BrandGroup(brand, brandTerms);
                        q.Append(" AND (");
                        var budget = Math.Max(2, target - brandTerms - exclusions);
                        for (var first = true; budget >= 2; first = false)
                        {
                            q.Append(first ? string.Empty : " OR ");
                            var (topic, complaint) = (Pick(random, brand.Sector.Topics), Pick(random, Complaints));
                            q.TopicWords.Add(topic);
                            q.JudgementWords.Add(complaint);
                            q.Phrase(topic + " " + complaint, random.Next(4));
                            budget -= 2;
                        }

                        q.Append(")");
                        q.Exclusions(this, index, brand, exclusions);
                        break;
                    }

                default: // the product: ("sentaro home" OR sentarohome OR #sentarohome) NEAR/5 (topics)
                    {
                        var exclusions = Math.Clamp(target / 5, 1, 5);
                        q.Append("(");
                        q.Phrase(brand.ProductPhrase, 0);
                        q.Append(" OR ");
                        q.Term(brand.ProductCompound);
                        q.Append(" OR ");
                        q.Term("#" + brand.ProductCompound);
                        q.Append(") NEAR/");
                        q.Number(random.Next(3, 8));
                        q.Append(" ");
                        q.Group([.. brand.Sector.Topics, .. Complaints], Math.Max(1, target - 4 - exclusions));
                        q.Exclusions(this, index, brand, exclusions);
                        break;
                    }
            }

            // Now and then a field, as teams add once a topic is noisy.
            switch (random.Next(100))
            {
                case < 5:
                    q.Append(" lang:id");
                    break;
                case < 8:
                    q.Append(" -is:reply");
                    break;
                case < 10:
                    q.Append(" followers:[1000 TO *]");
                    break;
            }

            if (q.Terms is >= MinTerms and <= MaxTerms)
            {
                return q;
            }
        }
    }

    /// <summary>A brand of the same industry from the first 2 × index + 50 of the pool (tracked by another topic or not).</summary>
    private Brand Competitor(Random random, int index, Brand brand)
    {
        var limit = Math.Min(_pool.Count, (2 * index) + 50);
        for (var attempt = 0; ; attempt++)
        {
            var rival = _pool[random.Next(limit)];
            if ((rival.Sector == brand.Sector || attempt > 1_000) && !ReferenceEquals(rival, brand))
            {
                return rival;
            }
        }
    }

    private static List<Brand> GenerateBrands(Random random, int count, DemoVocabulary vocabulary)
    {
        var brands = new List<Brand>(count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var reserved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Complaints.Concat(Praise).Concat(Fillers).Concat(Exclusions).Concat(Sectors.SelectMany(s => s.Topics.Concat(s.Suffixes).Concat(s.Products))))
        {
            reserved.Add(word.Trim('"', '#'));
        }

        var root = new StringBuilder();
        while (brands.Count < count)
        {
            root.Clear();
            var syllables = random.Next(2, 4);
            for (var s = 0; s < syllables; s++)
            {
                root.Append(Pick(random, Onsets)).Append(Pick(random, Vowels));
                if (s == syllables - 1 || random.Next(3) == 0)
                {
                    root.Append(Pick(random, Codas));
                }
            }

            var text = root.ToString();
            var sector = Sectors[random.Next(Sectors.Count)];
            var suffix = random.Next(3) == 0 ? null : Pick(random, sector.Suffixes);
            var brand = new Brand(text, suffix, Pick(random, sector.Products), Acronym(text, suffix), sector);
            if (text.Length < 5 || used.Contains(text) || used.Contains(brand.Name) || reserved.Contains(text)
                || vocabulary.StartsWith(brand.Stem.TrimEnd('*')) || vocabulary.Contains(text) || vocabulary.StartsWith(text[..4]))
            {
                continue;
            }

            used.Add(text);
            used.Add(brand.Name);
            brands.Add(brand);
        }

        return brands;
    }

    private static string Acronym(string root, string? suffix)
    {
        var letters = new StringBuilder();
        letters.Append(root[0]);
        for (var i = 1; i < root.Length - 1 && letters.Length < 3; i++)
        {
            if ("aiueo".Contains(root[i - 1], StringComparison.Ordinal) && !"aiueo".Contains(root[i], StringComparison.Ordinal))
            {
                letters.Append(root[i]);
            }
        }

        letters.Append(suffix is null ? root[^1] : suffix[0]);
        return letters.ToString().ToUpperInvariant();
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A query being written, with its number of terms (a phrase counts its words).</summary>
    private sealed class QueryText(Random random)
    {
        private readonly StringBuilder _text = new();

        public int Terms { get; private set; }

        /// <summary>Industry words the query listens for (posts about the brand use them).</summary>
        public List<string> TopicWords { get; } = [];

        /// <summary>Complaint and praise words the query listens for.</summary>
        public List<string> JudgementWords { get; } = [];

        public void Append(string text) => _text.Append(text);

        public void Number(int n) => _text.Append(n.ToString(CultureInfo.InvariantCulture));

        public void Term(string term)
        {
            _text.Append(term);
            Terms++;
        }

        public void Phrase(string words, int slop)
        {
            _text.Append('"').Append(words).Append('"');
            if (slop > 0)
            {
                _text.Append('~').Append(slop.ToString(CultureInfo.InvariantCulture));
            }

            Terms += words.Split(' ').Length;
        }

        /// <summary>The ways a team names its brand, as one OR group of about <paramref name="budget"/> terms.</summary>
        public void BrandGroup(Brand brand, int budget)
        {
            var variants = new List<Action>
            {
                () => Term(brand.Name),
                () => Term("#" + brand.Name),
                () => Term("@" + brand.Handle),
                () => Phrase(brand.Spaced, 0),
                () => Term(random.Next(5) == 0 ? brand.InfixStem : brand.Stem),
                () => Phrase(brand.ProductPhrase, 0),
                () => Term(brand.ProductCompound),
                () => Term("#" + brand.ProductCompound),
                () => Term("@" + brand.Name),
                () => Term("{" + brand.Acronym + "}"),
                () => Term("#" + brand.Name + "error"),
            };

            // The name itself nearly always comes first; the rest in a random order.
            var order = Enumerable.Range(1, variants.Count - 1).OrderBy(_ => random.Next()).Prepend(0).ToList();
            var start = Terms;
            var count = 0;
            _text.Append('(');
            foreach (var v in order)
            {
                if (Terms - start >= budget)
                {
                    break;
                }

                _text.Append(count++ == 0 ? string.Empty : " OR ");
                variants[v]();
            }

            _text.Append(')');
        }

        /// <summary>An OR group of distinct words from a pool (single words, or a phrase when the pool has one).</summary>
        public void Group(IReadOnlyList<string> pool, int size)
        {
            size = Math.Min(size, pool.Count);
            var chosen = pool.OrderBy(_ => random.Next()).Take(size).ToList();
            foreach (var word in chosen)
            {
                (Complaints.Contains(word) || Praise.Contains(word) ? JudgementWords : TopicWords).Add(word);
            }

            _text.Append(size > 1 ? "(" : string.Empty);
            for (var i = 0; i < chosen.Count; i++)
            {
                _text.Append(i == 0 ? string.Empty : " OR ");
                if (chosen[i].Contains(' ', StringComparison.Ordinal))
                {
                    Phrase(chosen[i], 0);
                }
                else
                {
                    Term(chosen[i]);
                }
            }

            _text.Append(size > 1 ? ")" : string.Empty);
        }

        /// <summary>-promo -"giveaway" style exclusions, sometimes NOT (a OR b), sometimes a competitor.</summary>
        public void Exclusions(RealisticTopics topics, int index, Brand brand, int count)
        {
            var grouped = count >= 3 && random.Next(3) == 0;
            var items = new List<string>();
            while (items.Count < count)
            {
                var item = random.Next(5) == 0 ? CompetitorTerm(topics.Competitor(random, index, brand)) : Pick(random, RealisticTopics.Exclusions);
                if (!items.Contains(item))
                {
                    items.Add(item);
                }
            }

            _text.Append(grouped ? " NOT (" : string.Empty);
            for (var i = 0; i < items.Count; i++)
            {
                _text.Append(grouped ? (i == 0 ? string.Empty : " OR ") : " -");
                if (items[i].StartsWith('"'))
                {
                    Phrase(items[i].Trim('"'), 0);
                }
                else
                {
                    Term(items[i]);
                }
            }

            _text.Append(grouped ? ")" : string.Empty);
        }

        private string CompetitorTerm(Brand rival) => random.Next(3) switch
        {
            0 => rival.Name,
            1 => "#" + rival.Name,
            _ => "\"" + rival.Spaced + "\"",
        };

        public override string ToString() => _text.ToString();
    }
}

/// <summary>The words of the demo corpus, so that invented brand names never collide with real chatter.</summary>
internal sealed class DemoVocabulary
{
    private static readonly Lazy<DemoVocabulary> Lazy = new(() => new DemoVocabulary());
    private readonly HashSet<string> _words;
    private readonly string[] _sorted;

    private DemoVocabulary()
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in DemoCorpus.Instance.Posts)
        {
            foreach (var token in TextNormaliser.Tokenise(post.Text))
            {
                _words.Add(token.Text);
            }
        }

        _sorted = [.. _words.Order(StringComparer.Ordinal)];
    }

    public static DemoVocabulary Instance => Lazy.Value;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether any demo word starts with the prefix.</summary>
    public bool StartsWith(string prefix)
    {
        var i = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        if (i >= 0)
        {
            return true;
        }

        i = ~i;
        return i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal);
    }
}
