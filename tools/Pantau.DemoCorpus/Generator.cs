using System.Globalization;
using System.Text;

namespace Pantau.DemoCorpus;

/// <summary>Builds the whole corpus deterministically from a fixed seed.</summary>
internal sealed partial class Generator
{
    public const int Seed = 20261123;
    public const double Duration = 21_600;

    private static readonly double[] FloodTimes = [2_640, 6_930, 10_180, 14_120, 17_520, 20_310];

    private static readonly string[] SocialNets = [Networks.X, Networks.Instagram, Networks.Facebook];

    private static readonly Burst[] Bursts =
    [
        new("burst:ks_promo", 420, 1500, 1.8, 0.5),
        new("burst:nt_bdg", 11_400, 13_300, 2.2, 0.55),
        new("burst:ra_sub", 15_300, 16_500, 1.8, 0.5),
        new("burst:bl_flash", 17_800, 18_700, 2.4, 0.6),
        new("burst:bs_app", 19_900, 20_900, 2.0, 0.55),
    ];

    private static readonly Dictionary<Brand, string[]> Videos = new()
    {
        [Brand.Nusantel] = ["nT8kQ2vLx0A", "hR3mZp9WcQe"],
        [Brand.BankSentosa] = ["bS5tYw1KdPo"],
        [Brand.KopiSenja] = ["kS7aJ4uFe2M", "qW2nC8rTy6L"],
        [Brand.RajawaliAir] = ["rA1vD9sXk3B", "pL6gH2jNm8V"],
        [Brand.Belanjain] = ["bL4xE7oQz1R", "uY3cV5bMw9S"],
    };

    private readonly Rng _r = new(Seed);
    private readonly AuthorPool _a;
    private readonly Slots _s;
    private readonly TemplateBank _t = new();
    private readonly List<Post> _posts = [];
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _emailSeq = new(StringComparer.Ordinal);
    private readonly HashSet<Tpl> _usedOnce = [];
    private readonly Dictionary<Tpl, List<string>> _newsOutletsUsed = [];
    private readonly HashSet<(string, string)> _tweeted = [];

    public Generator()
    {
        _a = new AuthorPool(_r);
        _s = new Slots(_r);
    }

    public int TemplateCount => _t.DistinctBaseTemplates + CrisisTemplateCount;

    private sealed record Burst(string Kind, double Start, double End, double Mult, double Share);

    private sealed record Slot(double T, int Order, Func<double, Post?> Make);

    public List<Post> Generate()
    {
        var slots = new List<Slot>();
        var order = 0;

        // Baseline arrivals: inhomogeneous Poisson process.
        var t = 0.6;
        while (t < Duration)
        {
            slots.Add(new Slot(t, order++, MakeBaseline));
            t += _r.Exponential(BaseRate(t));
        }

        // Copy-paste spam floods.
        foreach (var ft in FloodTimes)
        {
            var flood = new SpamFlood(_r.Int(8, 14));
            var ts = 0.0;
            for (var i = 0; i < flood.Size; i++)
            {
                slots.Add(new Slot(ft + ts, order++, x => MakeFloodSpam(x, flood)));
                ts += _r.Exponential(1.0 / 14);
            }
        }

        // Scheduled (non-crisis) news about the bursts.
        slots.Add(new Slot(12_650, order++, x => MakeEventNews(x, "Gangguan Jaringan", "beritabandungraya.example", "Bandung")));
        slots.Add(new Slot(12_990, order++, x => MakeEventNews(x, "Gangguan Jaringan", "kabarkini.example", "Bandung")));
        slots.Add(new Slot(16_020, order++, x => MakeEventNews(x, "Cuaca Buruk", "surabayahariini.example", "Surabaya")));
        slots.Add(new Slot(20_480, order++, x => MakeEventNews(x, "Sempat Error", "teknopekan.example", "Jakarta")));
        slots.Add(new Slot(17_760, order++, x => MakeBrandNews(x, Brand.Belanjain, "Flash sale")));
        slots.Add(new Slot(380, order++, x => MakeBrandNews(x, Brand.KopiSenja, "Senin Senja Hemat")));
        slots.Add(new Slot(11_900, order++, x => MakeCareBroadcast(x)));

        AddCrisisSlots(slots, ref order);

        slots.Sort((a, b) => a.T != b.T ? a.T.CompareTo(b.T) : a.Order.CompareTo(b.Order));
        var prev = -1.0;
        foreach (var s in slots)
        {
            var time = Math.Round(s.T, 1);
            if (time <= prev)
            {
                time = Math.Round(prev + 0.1, 1);
            }

            if (time > Duration + 300)
            {
                continue;
            }

            var p = s.Make(time);
            if (p is not null)
            {
                prev = time;
            }
        }

        FinalizeEngagement();
        return _posts;
    }

    private static double BaseRate(double t)
    {
        var rate = 0.083 * (1 + (0.22 * Math.Sin(2 * Math.PI * t / 8_000)));
        if (t < 150)
        {
            rate *= 4;
        }

        foreach (var b in Bursts)
        {
            if (t >= b.Start && t < b.End)
            {
                rate *= b.Mult;
            }
        }

        return rate;
    }

    // ------------------------------------------------------------------ baseline

    private Post? MakeBaseline(double t)
    {
        var burst = Bursts.FirstOrDefault(b => t >= b.Start && t < b.End);
        if (burst is not null && _r.Chance(burst.Share))
        {
            var bp = MakeBurst(t, burst);
            if (bp is not null)
            {
                return bp;
            }
        }

        var kind = _r.Weighted<string>([
            (Intents.Complaint, 0.16), (Intents.Question, 0.2), (Intents.Praise, 0.165), (Intents.Chatter, 0.1),
            (Intents.News, 0.066), (Intents.Spam, 0.105), (Intents.CareReply, 0.08), ("followup", 0.03), ("repost", 0.025),
            ("cross", 0.02), ("noise", 0.009), ("quote", 0.012),
        ]);
        return kind switch
        {
            Intents.News => MakeNews(t),
            Intents.Spam => MakeSpam(t),
            Intents.CareReply => MakeCare(t) ?? MakeGeneral(t, Intents.Complaint),
            "followup" => MakeFollowUp(t) ?? MakeGeneral(t, Intents.Praise),
            "repost" => MakeRepost(t) ?? MakeGeneral(t, Intents.Chatter),
            "quote" => MakeQuote(t) ?? MakeGeneral(t, Intents.Chatter),
            "cross" => MakeCross(t) ?? MakeGeneral(t, Intents.Chatter),
            "noise" => MakeNoise(t),
            _ => MakeGeneral(t, kind),
        };
    }

    private string ChooseLang() =>
        _r.Weighted<string>([("id", 0.395), ("en", 0.39), ("jv", 0.11), ("su", 0.08), ("ms", 0.025)]);

    private Brand ChooseBrand(string intent) => intent switch
    {
        Intents.Complaint => _r.Weighted<Brand>([(Brand.Nusantel, 0.3), (Brand.BankSentosa, 0.19), (Brand.KopiSenja, 0.12), (Brand.RajawaliAir, 0.18), (Brand.Belanjain, 0.21)]),
        Intents.Question => _r.Weighted<Brand>([(Brand.Nusantel, 0.22), (Brand.BankSentosa, 0.2), (Brand.KopiSenja, 0.2), (Brand.RajawaliAir, 0.2), (Brand.Belanjain, 0.18)]),
        Intents.Praise => _r.Weighted<Brand>([(Brand.Nusantel, 0.16), (Brand.BankSentosa, 0.15), (Brand.KopiSenja, 0.3), (Brand.RajawaliAir, 0.19), (Brand.Belanjain, 0.2)]),
        _ => _r.Weighted<Brand>([(Brand.Nusantel, 0.2), (Brand.BankSentosa, 0.15), (Brand.KopiSenja, 0.25), (Brand.RajawaliAir, 0.2), (Brand.Belanjain, 0.2)]),
    };

    private string ChooseNetwork(string intent) => intent switch
    {
        Intents.Complaint => _r.Weighted<string>([(Networks.X, 0.46), (Networks.Instagram, 0.16), (Networks.Facebook, 0.2), (Networks.YouTube, 0.04), (Networks.Mastodon, 0.03), (Networks.Reddit, 0.05), (Networks.Email, 0.06)]),
        Intents.Question => _r.Weighted<string>([(Networks.X, 0.34), (Networks.Instagram, 0.24), (Networks.Facebook, 0.24), (Networks.YouTube, 0.04), (Networks.Mastodon, 0.02), (Networks.Reddit, 0.05), (Networks.Email, 0.07)]),
        Intents.Praise => _r.Weighted<string>([(Networks.X, 0.34), (Networks.Instagram, 0.32), (Networks.Facebook, 0.18), (Networks.YouTube, 0.07), (Networks.Mastodon, 0.03), (Networks.Reddit, 0.03), (Networks.Email, 0.03)]),
        _ => _r.Weighted<string>([(Networks.X, 0.42), (Networks.Instagram, 0.2), (Networks.Facebook, 0.15), (Networks.YouTube, 0.07), (Networks.Mastodon, 0.05), (Networks.Reddit, 0.06), (Networks.Email, 0.05)]),
    };

    private Post? MakeGeneral(double t, string intent)
    {
        var lang = ChooseLang();
        var brand = ChooseBrand(intent);
        var network = ChooseNetwork(intent);
        var p = network switch
        {
            Networks.Email => MakeEmail(t, intent, brand),
            Networks.Reddit => MakeReddit(t, intent, brand),
            Networks.YouTube => MakeYouTube(t, intent, brand, lang),
            Networks.Mastodon => MakeMastodon(t, intent, brand),
            _ => null,
        };
        return p ?? MakeSocial(t, network is Networks.Instagram or Networks.Facebook ? network : Networks.X, intent, brand, lang);
    }

    private Post MakeSocial(double t, string network, string intent, Brand brand, string lang, string? forcedKind = null)
    {
        // "Me too" replies under a recent complaint about the same brand.
        if (intent == Intents.Complaint && forcedKind is null && _r.Chance(0.13))
        {
            var target = Recent(t, 3600, p => p.Network == network && p.Brand == brand && p.Intent == Intents.Complaint && !p.Crisis
                                               && p.RepostOf is null && p.Author.Kind == AuthorKind.Person);
            if (target is not null)
            {
                var mlang = lang is "id" or "en" or "jv" or "su" ? lang : "id";
                var mintent = _r.Chance(0.7) ? Intents.Complaint : Intents.Chatter;
                var tpl = PickTpl("metoo", brand, mintent, mlang, genericShare: 0.5) ?? PickTpl("metoo", brand, mintent, "id", 0.5);
                if (tpl is not null)
                {
                    var author = OtherPerson(tpl.Lang, target.Author);
                    return Emit(t, network, author, tpl, brand, inReplyTo: target);
                }
            }
        }

        var kind = forcedKind ?? "post";
        for (var attempt = 0; attempt < 12; attempt++)
        {
            // Few templates exist for some (brand, intent, language) combinations: on repeated duplicates try another brand,
            // then Indonesian.
            if (attempt is 4 or 6)
            {
                brand = ChooseBrand(intent);
            }
            else if (attempt == 8)
            {
                lang = "id";
            }

            var tpl = PickTpl(kind, brand, intent, lang, genericShare: 0.18);
            if (tpl is null)
            {
                lang = "id";
                continue;
            }

            var author = _a.PersonFor(tpl.Lang);
            Post? parent = null;
            if (network is Networks.Instagram or Networks.Facebook && intent is Intents.Complaint or Intents.Question or Intents.Praise && _r.Chance(0.3))
            {
                parent = Recent(t, 4 * 3600, p => p.Network == network && p.Brand == brand && p.Author.Kind == AuthorKind.BrandAccount && p.InReplyTo is null);
            }

            var post = TryEmit(t, network, author, tpl, brand, inReplyTo: parent, last: attempt == 11);
            if (post is not null)
            {
                return post;
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private Tpl? PickTpl(string kind, Brand? brand, string? intent, string lang, double genericShare)
    {
        var specific = brand is null ? [] : _t.Find(kind, brand, intent, lang);
        var generic = _t.Find(kind, null, intent, lang);
        if (specific.Count == 0 && generic.Count == 0)
        {
            return null;
        }

        var useGeneric = specific.Count == 0 || (generic.Count > 0 && _r.Chance(genericShare));
        return _r.Pick(useGeneric ? generic : specific);
    }

    private Author OtherPerson(string lang, Author not)
    {
        for (var i = 0; i < 20; i++)
        {
            var a = _a.PersonFor(lang);
            if (a != not)
            {
                return a;
            }
        }

        return _a.PersonFor(lang);
    }

    private Post? Recent(double t, double window, Func<Post, bool> pred, bool weightByLikes = false)
    {
        var list = new List<Post>();
        for (var i = _posts.Count - 1; i >= 0; i--)
        {
            var p = _posts[i];
            if (t - p.Offset > window)
            {
                break;
            }

            if (pred(p))
            {
                list.Add(p);
            }
        }

        if (list.Count == 0)
        {
            return null;
        }

        return weightByLikes
            ? _r.WeightedBy(list, p => 1 + Math.Sqrt(p.Author.Followers))
            : _r.WeightedBy(list, p => Math.Exp(-(t - p.Offset) / (window / 2)));
    }

    // ------------------------------------------------------------------ emit / render

    private Post Emit(double t, string network, Author author, Tpl tpl, Brand? brand, Post? inReplyTo = null, Post? quoteOf = null,
        SlotCtx? ctx = null, string? title = null, bool crisis = false) =>
        TryEmit(t, network, author, tpl, brand, inReplyTo, quoteOf, ctx, title, crisis, last: true)!;

    /// <summary>Renders a template into a post. Returns null (nothing emitted) when the text would duplicate an earlier one.</summary>
    private Post? TryEmit(double t, string network, Author author, Tpl tpl, Brand? brand, Post? inReplyTo = null, Post? quoteOf = null,
        SlotCtx? ctx = null, string? title = null, bool crisis = false, bool last = false)
    {
        ctx ??= new SlotCtx { Brand = brand, Lang = tpl.Lang, Formal = tpl.Formal, Loc = _s.PickLoc(tpl.Lang), Target = inReplyTo?.Author };
        var text = _s.Fill(tpl.Text, ctx);
        if (tpl.Title is not null && title is null)
        {
            title = _s.Fill(tpl.Title, ctx);
        }

        var isSpam = tpl.Intent == Intents.Spam;
        text = Stylize(text, tpl, network, brand, isSpam || tpl.Kind is "noise" or "care" or "care_q" or "news" or "brand_news" or "email");
        if (brand is { } b && !isSpam && tpl.Kind != "noise" && !Mentions(text + " " + title, b) && author.Kind != AuthorKind.BrandAccount)
        {
            var bi = Slots.Info(b);
            text = network == Networks.X && _r.Chance(0.5) ? "@" + bi.Handle + " " + text : text + " " + bi.Tag;
        }

        if (inReplyTo is not null && network is Networks.X or Networks.Instagram && !text.StartsWith('@')
            && !text.Contains("@" + inReplyTo.Author.Handle, StringComparison.OrdinalIgnoreCase)
            && (network == Networks.X || _r.Chance(0.5)))
        {
            text = "@" + inReplyTo.Author.Handle + " " + text;
        }

        if (network == Networks.X && text.Length > 280)
        {
            if (!last)
            {
                return null;
            }

            network = Networks.Facebook;
        }

        if (!isSpam && !crisis && !_texts.Add(text) && !last)
        {
            return null;
        }

        return Add(t, network, author, text, tpl.Lang, tpl.Intent, brand, title, inReplyTo, null, quoteOf, crisis,
            tpl.Formal, tpl.Kind == "noise", ctx.Loc, tpl.Kind);
    }

    private static bool Mentions(string text, Brand b)
    {
        var low = text.ToLowerInvariant();
        var bi = Slots.Info(b);
        return bi.Keys.Any(k => low.Contains(k, StringComparison.Ordinal));
    }

    private string Stylize(string text, Tpl tpl, string network, Brand? brand, bool raw)
    {
        if (raw || tpl.Formal)
        {
            return text;
        }

        var casualNet = network is Networks.X or Networks.Instagram or Networks.YouTube;
        if (tpl.Lang != "en" && casualNet && _r.Chance(0.2))
        {
            text = text.ToLowerInvariant();
        }
        else if (tpl.Lang == "en" && casualNet && _r.Chance(0.08))
        {
            text = text.ToLowerInvariant();
        }

        if (brand is { } b && network == Networks.X && tpl.Intent == Intents.Complaint && !text.Contains('@', StringComparison.Ordinal) && _r.Chance(0.3))
        {
            var bi = Slots.Info(b);
            text = "@" + (b == Brand.Nusantel && _r.Chance(0.5) ? bi.CareHandle : bi.Handle) + " " + text;
        }

        if (brand is { } b2 && !text.Contains('#', StringComparison.Ordinal) && _r.Chance(0.09))
        {
            text += " " + (b2 == Brand.Nusantel && tpl.Intent == Intents.Complaint && _r.Chance(0.6) ? "#nusantelgangguan" : Slots.Info(b2).Tag);
        }

        if (tpl.Intent is Intents.Complaint && !EndsWithEmoji(text) && _r.Chance(0.1))
        {
            text += " " + _r.PickOf("😡", "😤", "🙄", "😭", "🙏", "😩");
        }

        return text;
    }

    private static bool EndsWithEmoji(string s) => s.Length > 0 && (char.IsSurrogate(s[^1]) || s[^1] > '\u2000');

    private Post Add(double t, string network, Author author, string text, string lang, string intent, Brand? brand, string? title,
        Post? inReplyTo, Post? repostOf, Post? quoteOf, bool crisis, bool formal = false, bool noise = false, Loc? loc = null, string? kind = null)
    {
        var id = "d" + (_posts.Count + 1).ToString("00000", CultureInfo.InvariantCulture);
        var p = new Post
        {
            Id = id, Offset = t, Network = network, Author = author, Title = title, Text = text, Lang = lang, InReplyTo = inReplyTo,
            RepostOf = repostOf, QuoteOf = quoteOf, Country = author.Country, Intent = intent, IsSpam = intent == Intents.Spam,
            Crisis = crisis, Brand = brand, Formal = formal, Noise = noise, Loc = loc, Kind = kind,
        };
        p.Url = MakeUrl(p);
        _posts.Add(p);
        return p;
    }

    // ------------------------------------------------------------------ URLs

    private string MakeUrl(Post p)
    {
        for (var i = 0; i < 50; i++)
        {
            var u = UrlCandidate(p);
            if (_urls.Add(u))
            {
                return u;
            }
        }

        throw new InvalidOperationException("could not make a unique url");
    }

    private string UrlCandidate(Post p)
    {
        var h = p.Author.Handle;
        switch (p.Network)
        {
            case Networks.X:
                return $"https://x.example/{h}/status/{p.Id}";
            case Networks.Facebook:
                return $"https://facebook.example/{h.Replace('.', '_')}/posts/{_r.Digits(15)}";
            case Networks.Instagram:
                if (p.InReplyTo is { Network: Networks.Instagram } parent)
                {
                    p.ThreadCode = parent.ThreadCode;
                    return $"https://instagram.example/p/{parent.ThreadCode}/c/{_r.Digits(17)}/";
                }

                p.ThreadCode = _r.Code(11);
                return $"https://instagram.example/p/{p.ThreadCode}/";
            case Networks.YouTube:
                p.ThreadCode ??= p.InReplyTo?.ThreadCode ?? _r.Pick(Videos[p.Brand ?? Brand.Nusantel]);
                return $"https://youtube.example/watch?v={p.ThreadCode}&lc={_r.Code(20)}";
            case Networks.Mastodon:
            {
                var at = h.IndexOf('@', StringComparison.Ordinal);
                var user = h[..at];
                var inst = h[(at + 1)..];
                return $"https://{inst}/@{user}/{_r.Digits(18)}";
            }

            case Networks.Reddit:
                if (p.InReplyTo is { Network: Networks.Reddit } rp)
                {
                    p.ThreadCode = rp.ThreadCode;
                    return $"https://reddit.example/r/indonesia/comments/{rp.ThreadCode}/comment/{_r.Code(7, "abcdefghijklmnopqrstuvwxyz0123456789")}/";
                }

                p.ThreadCode = _r.Code(6, "abcdefghijklmnopqrstuvwxyz0123456789");
                return $"https://reddit.example/r/indonesia/comments/{p.ThreadCode}/{Slug(p.Title ?? p.Text, 60)}/";
            case Networks.Email:
            {
                var list = p.Author.MailingList ?? "umum";
                var n = _emailSeq.GetValueOrDefault(list, _r.Int(1200, 4800)) + 1;
                _emailSeq[list] = n;
                return $"https://lists.example/archives/{list}/2026-November/{n.ToString("000000", CultureInfo.InvariantCulture)}.html";
            }

            case Networks.Feed:
            {
                var section = p.Brand switch
                {
                    Brand.Nusantel => "teknologi",
                    Brand.BankSentosa => "keuangan",
                    Brand.KopiSenja => "gaya-hidup",
                    Brand.RajawaliAir => "travel",
                    _ => "ekonomi",
                };
                if (p.Author.Handle is "teknopekan.example")
                {
                    section = "berita";
                }
                else if (p.Author.Handle is "wartaniaga.example" or "kabarkini.example" && section is not "teknologi")
                {
                    section = "ekonomi";
                }
                else if (p.Author.Handle == "jakartaledger.example")
                {
                    section = "business";
                }

                return $"https://{h}/{section}/2026/11/23/{Slug(p.Title ?? p.Text, 80)}-{_r.Digits(6)}";
            }

            default:
                throw new InvalidOperationException(p.Network);
        }
    }

    private static string Slug(string s, int max)
    {
        var sb = new StringBuilder();
        var dash = false;
        foreach (var c in s.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }

            if (sb.Length >= max)
            {
                break;
            }
        }

        return sb.ToString().Trim('-');
    }

    // ------------------------------------------------------------------ engagement

    private void FinalizeEngagement()
    {
        var replies = new Dictionary<Post, int>();
        var shares = new Dictionary<Post, int>();
        foreach (var p in _posts)
        {
            if (p.InReplyTo is { } r)
            {
                replies[r] = replies.GetValueOrDefault(r) + 1;
            }

            foreach (var s in new[] { p.RepostOf, p.QuoteOf })
            {
                if (s is not null)
                {
                    shares[s] = shares.GetValueOrDefault(s) + 1;
                }
            }
        }

        foreach (var p in _posts)
        {
            if (!p.EngagementSet)
            {
                SetEngagement(p);
            }

            p.Replies = Math.Max(p.Replies, replies.GetValueOrDefault(p));
            p.Shares = Math.Max(p.Shares, shares.GetValueOrDefault(p));
        }
    }

    private void SetEngagement(Post p)
    {
        if (p.RepostOf is not null || p.Network == Networks.Email)
        {
            p.Likes = 0;
            p.Shares = 0;
            p.Replies = 0;
            return;
        }

        var f = (double)p.Author.Followers;
        var baseEng = Math.Pow(f + 20, 0.72) * 0.05 * _r.LogNormal(0, 0.85) * p.Virality;
        baseEng *= p.Intent switch
        {
            Intents.Complaint => ContainsRisk(p.Text) ? 2.4 : 1.2,
            Intents.Praise => 0.9,
            Intents.Question => 0.45,
            Intents.Spam => 0.02,
            Intents.CareReply => 0.12,
            _ => 1.0,
        };
        if (p.InReplyTo is not null)
        {
            baseEng *= 0.35;
        }

        baseEng *= p.Network switch
        {
            Networks.Instagram => 1.8,
            Networks.Facebook => 1.2,
            Networks.YouTube => 0.6,
            Networks.Mastodon => 0.4,
            Networks.Reddit => 1.5,
            _ => 1.0,
        };

        if (p.Network == Networks.Feed)
        {
            p.Likes = 0;
            p.Shares = (int)Math.Round(Math.Sqrt(f) * 0.4 * _r.LogNormal(0, 0.6) * p.Virality);
            p.Replies = (int)Math.Round(p.Shares * _r.Next() * 0.3);
            return;
        }

        p.Likes = (int)Math.Round(baseEng);
        p.Shares = (int)Math.Round(baseEng * (0.03 + (_r.Next() * 0.3)));
        p.Replies = (int)Math.Round(baseEng * (0.02 + (_r.Next() * 0.15)));
    }

    private static readonly string[] RiskWords =
        ["somasi", "lapor polisi", "ylki", "bpsk", "uu ite", "pengacara", "viralkan", "spill", "rt biar", "boikot", "ojk"];

    private static bool ContainsRisk(string text)
    {
        var low = text.ToLowerInvariant();
        return RiskWords.Any(w => low.Contains(w, StringComparison.Ordinal));
    }
}
