namespace Pantau.DemoCorpus;

internal sealed partial class Generator
{
    private sealed class SpamFlood(int size)
    {
        public int Size { get; } = size;
        public string? Text { get; set; }
        public string Lang { get; set; } = "id";
        public string Network { get; set; } = Networks.Instagram;
        public Post? Target { get; set; }
        public HashSet<Author> Used { get; } = [];
    }

    private static readonly HashSet<string> Impersonators =
        ["cs_banksentosa_resmi", "nusantelcare_id", "belanjain_giveaway", "promo_rajawaliair", "kopisenja_voucher", "pinjaman_peribadi_my"];

    private static readonly Dictionary<string, string> OutletX = new(StringComparer.Ordinal)
    {
        ["kabarkini.example"] = "kabarkini",
        ["wartaniaga.example"] = "wartaniaga_id",
        ["jurnalnusa.example"] = "jurnalnusa",
        ["teknopekan.example"] = "teknopekan",
        ["jakartaledger.example"] = "jakartaledger",
    };

    // ------------------------------------------------------------------ bursts

    private Post? MakeBurst(double t, Burst burst)
    {
        var all = _t.Find(burst.Kind, null, null, null);
        var brand = burst.Kind switch
        {
            "burst:ks_promo" => Brand.KopiSenja,
            "burst:nt_bdg" => Brand.Nusantel,
            "burst:ra_sub" => Brand.RajawaliAir,
            "burst:bl_flash" => Brand.Belanjain,
            _ => Brand.BankSentosa,
        };
        if (all.Count == 0)
        {
            all = _t.Find(burst.Kind, brand, null, null);
        }

        for (var attempt = 0; attempt < 8; attempt++)
        {
            var tpl = _r.Pick(all);
            var loc = burst.Kind == "burst:nt_bdg"
                ? Slots.Locs.First(l => l.City == "Bandung")
                : _s.PickLoc(tpl.Lang);
            var ctx = new SlotCtx { Brand = brand, Lang = tpl.Lang, Formal = tpl.Formal, Loc = loc };
            if (burst.Kind == "burst:ra_sub")
            {
                ctx.Memo["_route"] = "SUB>" + _r.PickOf("CGK", "DPS", "UPG", "BPN", "KNO");
            }

            var network = _r.Weighted<string>(burst.Kind == "burst:ks_promo"
                ? [(Networks.X, 0.4), (Networks.Instagram, 0.4), (Networks.Facebook, 0.2)]
                : [(Networks.X, 0.58), (Networks.Instagram, 0.2), (Networks.Facebook, 0.22)]);
            var p = TryEmit(t, network, _a.PersonFor(tpl.Lang), tpl, brand, ctx: ctx, last: attempt == 7);
            if (p is not null)
            {
                return p;
            }
        }

        return null;
    }

    // ------------------------------------------------------------------ news

    private Post? MakeNews(double t)
    {
        var roll = _r.Next();
        if (roll < 0.12)
        {
            var tweet = MakeOutletTweet(t);
            if (tweet is not null)
            {
                return tweet;
            }
        }
        else if (roll < 0.2)
        {
            return MakeBrandNews(t, null, null);
        }

        return MakeArticle(t);
    }

    private Post? MakeArticle(double t)
    {
        var all = _t.Find("news", null, null, null).Concat(Enum.GetValues<Brand>().SelectMany(b => _t.Find("news", b, null, null))).ToList();
        var fresh = all.Where(x => !_newsOutletsUsed.ContainsKey(x)).ToList();
        var syndicate = all.Where(x => _newsOutletsUsed.TryGetValue(x, out var used) && used.Count < x.Tag!.Split(',').Length).ToList();
        Tpl tpl;
        if (fresh.Count > 0 && (syndicate.Count == 0 || _r.Chance(0.6)))
        {
            tpl = _r.Pick(fresh);
        }
        else if (syndicate.Count > 0)
        {
            tpl = _r.Pick(syndicate);
        }
        else
        {
            return MakeOutletTweet(t) ?? MakeBrandNews(t, null, null);
        }

        if (!_newsOutletsUsed.TryGetValue(tpl, out var usedOutlets))
        {
            _newsOutletsUsed[tpl] = usedOutlets = [];
        }

        var site = _r.Pick(tpl.Tag!.Split(',').Where(o => !usedOutlets.Contains(o)).ToList());
        usedOutlets.Add(site);
        return EmitArticle(t, tpl, site, null);
    }

    private readonly Dictionary<Tpl, SlotCtx> _storyCtx = [];
    private readonly Dictionary<Tpl, int> _brandNewsUses = [];

    private Post EmitArticle(double t, Tpl tpl, string site, string? city)
    {
        var author = _a[site];
        // Syndicated stories keep the same facts (slot values) across outlets.
        if (!_storyCtx.TryGetValue(tpl, out var ctx))
        {
            var loc = city is null ? _s.PickLoc("id") : Slots.Locs.First(l => l.City == city);
            ctx = new SlotCtx { Brand = tpl.Brand, Lang = tpl.Lang, Formal = true, Loc = loc };
            _storyCtx[tpl] = ctx;
        }

        var title = _s.Fill(tpl.Title!, ctx);
        var text = _s.Fill(tpl.Text.Replace("[OUT]", author.Name, StringComparison.Ordinal), ctx);
        return Add(t, Networks.Feed, author, text, tpl.Lang, Intents.News, tpl.Brand, title, null, null, null, false, true, false, ctx.Loc, "news");
    }

    private Post? MakeEventNews(double t, string titleContains, string site, string city)
    {
        var tpl = _t.Find("news_event", null, null, null)
            .Concat(Enum.GetValues<Brand>().SelectMany(b => _t.Find("news_event", b, null, null)))
            .First(x => x.Title!.Contains(titleContains, StringComparison.Ordinal));
        return EmitArticle(t, tpl, site, city);
    }

    private Post? MakeOutletTweet(double t)
    {
        var article = Recent(t, 3 * 3600, p => p.Network == Networks.Feed && !p.Crisis && OutletX.ContainsKey(p.Author.Handle)
                                               && !_tweeted.Contains((OutletX[p.Author.Handle], p.Id)));
        if (article is null)
        {
            return null;
        }

        var handle = OutletX[article.Author.Handle];
        _tweeted.Add((handle, article.Id));
        var tag = article.Brand is { } b && (_r.Chance(0.5) || !Mentions(article.Title!, b)) ? " " + Slots.Info(b).Tag : "";
        var text = article.Title + tag + " " + article.Url;
        return Add(t, Networks.X, _a[handle], text, article.Lang, Intents.News, article.Brand, null, null, null, null, false, true);
    }

    private Post? MakeBrandNews(double t, Brand? brand, string? contains)
    {
        // Brands cross-post an announcement on at most two networks; scheduled ones always go out.
        var all = Enum.GetValues<Brand>().SelectMany(b => _t.Find("brand_news", b, null, null)).ToList();
        var choices = contains is not null
            ? all.Where(x => x.Brand == brand && x.Text.Contains(contains, StringComparison.Ordinal)).ToList()
            : all.Where(x => (brand is null || x.Brand == brand) && _brandNewsUses.GetValueOrDefault(x) < 2).ToList();
        if (choices.Count == 0)
        {
            return MakeGeneral(t, Intents.Chatter);
        }

        var tpl = _r.Pick(choices);
        _brandNewsUses[tpl] = _brandNewsUses.GetValueOrDefault(tpl) + 1;
        brand = tpl.Brand!.Value;
        var network = brand == Brand.KopiSenja
            ? _r.Weighted<string>([(Networks.Instagram, 0.55), (Networks.X, 0.3), (Networks.Facebook, 0.15)])
            : _r.Weighted<string>([(Networks.X, 0.45), (Networks.Instagram, 0.3), (Networks.Facebook, 0.25)]);
        var author = _a[Slots.Info(brand.Value).Handle];
        return TryEmit(t, network, author, tpl, brand, last: true);
    }

    private Post MakeCareBroadcast(double t)
    {
        const string text = "Info: saat ini terdapat gangguan layanan NusaHome di sebagian wilayah Bandung. Tim teknis kami sedang melakukan perbaikan. Mohon maaf atas ketidaknyamanannya 🙏 #nusantel";
        return Add(t, Networks.X, _a["nusantel_care"], text, "id", Intents.News, Brand.Nusantel, null, null, null, null, false, true);
    }

    // ------------------------------------------------------------------ spam

    private Post MakeSpam(double t)
    {
        var lang = _r.Weighted<string>([("id", 0.78), ("en", 0.12), ("ms", 0.07), ("jv", 0.03)]);
        Brand? brand = _r.Chance(0.38) ? _r.Pick(Enum.GetValues<Brand>()) : null;
        var tpl = PickTpl("spam", brand, Intents.Spam, lang, genericShare: 0) ?? PickTpl("spam", null, Intents.Spam, lang, 1)!;
        if (tpl.Brand is null)
        {
            brand = null;
        }

        var network = _r.Weighted<string>([(Networks.X, 0.38), (Networks.Instagram, 0.3), (Networks.Facebook, 0.14), (Networks.YouTube, 0.18)]);
        var author = SpamAuthor(tpl.Text);
        Post? target = null;
        var impersonation = tpl.Text.Contains("CS Resmi", StringComparison.Ordinal) || tpl.Text.Contains("keluhan soal", StringComparison.Ordinal);
        if (impersonation && brand is { } ib)
        {
            network = _r.Chance(0.7) ? Networks.X : Networks.Instagram;
            target = Recent(t, 5400, p => p.Network == network && p.Brand == ib && p.Intent == Intents.Complaint && !p.IsSpam && p.RepostOf is null);
        }
        else if (_r.Chance(0.45))
        {
            target = Recent(t, 3 * 3600, p => p.Network == network && !p.IsSpam && p.RepostOf is null && p.InReplyTo is null
                                              && p.Author.Kind is AuthorKind.BrandAccount or AuthorKind.Influencer or AuthorKind.Outlet, weightByLikes: true);
        }

        if (network == Networks.YouTube && target is null)
        {
            var ctx0 = new SlotCtx { Brand = brand, Lang = tpl.Lang, Loc = _s.PickLoc("id") };
            var p0 = Add(t, network, author, _s.Fill(tpl.Text, ctx0), tpl.Lang, Intents.Spam, brand ?? _r.Pick(Enum.GetValues<Brand>()), null, null, null, null, false);
            return p0;
        }

        var ctx = new SlotCtx { Brand = brand, Lang = tpl.Lang, Loc = _s.PickLoc("id") };
        var text = _s.Fill(tpl.Text, ctx);
        if (target is not null && network == Networks.X)
        {
            text = "@" + target.Author.Handle + " " + text;
        }

        return Add(t, network, author, text, tpl.Lang, Intents.Spam, brand, null, target, null, null, false);
    }

    private Author SpamAuthor(string text)
    {
        string? h = null;
        if (text.Contains("CS Resmi Bank Sentosa", StringComparison.Ordinal))
        {
            h = "cs_banksentosa_resmi";
        }
        else if (text.Contains("keluhan soal Nusantel", StringComparison.Ordinal))
        {
            h = "nusantelcare_id";
        }
        else if (text.Contains("GIVEAWAY Belanjain", StringComparison.Ordinal))
        {
            h = "belanjain_giveaway";
        }
        else if (text.Contains("Rajawali Air", StringComparison.Ordinal))
        {
            h = "promo_rajawaliair";
        }
        else if (text.Contains("Kopi Senja", StringComparison.Ordinal))
        {
            h = "kopisenja_voucher";
        }
        else if (text.Contains("Pinjaman peribadi", StringComparison.Ordinal))
        {
            h = "pinjaman_peribadi_my";
        }

        if (h is not null && _r.Chance(0.75))
        {
            return _a[h];
        }

        return _r.Pick(_a.Spammers.Where(s => !Impersonators.Contains(s.Handle)).ToList());
    }

    private Post? MakeFloodSpam(double t, SpamFlood flood)
    {
        if (flood.Text is null)
        {
            var tpl = _r.Pick(_t.Find("spam", null, Intents.Spam, "id"));
            flood.Lang = tpl.Lang;
            flood.Text = _s.Fill(tpl.Text, new SlotCtx { Lang = tpl.Lang, Loc = _s.PickLoc("id") });
            flood.Network = _r.Weighted<string>([(Networks.Instagram, 0.4), (Networks.YouTube, 0.3), (Networks.X, 0.3)]);
            flood.Target = Recent(t, 4 * 3600, p => p.Network == flood.Network && !p.IsSpam && p.RepostOf is null && p.InReplyTo is null
                                                    && p.Author.Kind is AuthorKind.BrandAccount or AuthorKind.Influencer or AuthorKind.Outlet, weightByLikes: true);
        }

        var pool = _a.Spammers.Where(s => !flood.Used.Contains(s) && !Impersonators.Contains(s.Handle)).ToList();
        var author = _r.Pick(pool);
        flood.Used.Add(author);
        var target = flood.Target is not null && _r.Chance(0.8) ? flood.Target : null;
        var text = target is not null && flood.Network == Networks.X ? "@" + target.Author.Handle + " " + flood.Text : flood.Text;
        return Add(t, flood.Network, author, text, flood.Lang, Intents.Spam, target?.Brand ?? Brand.Belanjain, null, target, null, null, false);
    }

    // ------------------------------------------------------------------ care & follow-ups

    private Post? MakeCare(double t)
    {
        var cands = new List<Post>();
        for (var i = _posts.Count - 1; i >= 0; i--)
        {
            var p = _posts[i];
            var age = t - p.Offset;
            if (age > 3 * 3600)
            {
                break;
            }

            if (age >= 90 && !p.CareHandled && !p.Crisis && p.Brand is not null && p.RepostOf is null
                && p.Intent is Intents.Complaint or Intents.Question && SocialNets.Contains(p.Network)
                && p.Author.Kind is AuthorKind.Person or AuthorKind.Influencer && p.Kind is not "cross")
            {
                cands.Add(p);
            }
        }

        if (cands.Count == 0)
        {
            return null;
        }

        var target = _r.WeightedBy(cands, p =>
            (p.Intent == Intents.Complaint ? 1.0 : 0.5) * (1 + (Math.Log10(p.Author.Followers + 10) / 2)) * Math.Exp(-(t - p.Offset) / 3600)
            * (ContainsRisk(p.Text) ? 2 : 1));
        target.CareHandled = true;
        var brand = target.Brand!.Value;
        var bi = Slots.Info(brand);
        var author = _a[brand == Brand.Nusantel && _r.Chance(0.9) ? bi.CareHandle : bi.Handle];
        var lang = target.Lang == "en" ? "en" : "id";
        var kind = target.Intent == Intents.Question ? "care_q" : "care";
        var tpl = PickTpl(kind, brand, Intents.CareReply, lang, genericShare: lang == "en" ? 1 : 0.15)
                  ?? PickTpl("care", brand, Intents.CareReply, "id", 0)!;
        var ctx = new SlotCtx { Brand = brand, Lang = tpl.Lang, Formal = true, Loc = target.Loc ?? _s.PickLoc("id"), Target = target.Author };
        return TryEmit(t, target.Network, author, tpl, brand, inReplyTo: target, ctx: ctx, last: true);
    }

    private Post? MakeFollowUp(double t)
    {
        var care = Recent(t, 5400, p => p.Intent == Intents.CareReply && !p.Crisis && !p.FollowedUp && p.InReplyTo is not null
                                        && t - p.Offset > 120 && p.InReplyTo.Author.Kind == AuthorKind.Person);
        if (care is null)
        {
            return null;
        }

        care.FollowedUp = true;
        var original = care.InReplyTo!;
        var lang = original.Lang == "en" ? "en" : "id";
        for (var attempt = 0; ; attempt++)
        {
            var kind = _r.Weighted<string>([("fu_thanks", 0.45), ("fu_ok", 0.25), ("fu_angry", 0.3)]);
            var tpl = PickTpl(kind, null, null, lang, 1)!;
            var p = TryEmit(t, care.Network, original.Author, tpl, care.Brand, inReplyTo: care, last: attempt == 6);
            if (p is not null)
            {
                return p;
            }
        }
    }

    // ------------------------------------------------------------------ reposts, quotes, cross, noise

    private Post? MakeRepost(double t)
    {
        var target = Recent(t, 3 * 3600, p => p.Network == Networks.X && !p.IsSpam && !p.Crisis && p.RepostOf is null && p.InReplyTo is null
                                              && p.Intent is not Intents.CareReply, weightByLikes: true);
        if (target is null)
        {
            return null;
        }

        var author = OtherPerson(target.Lang is "id" or "en" or "jv" or "su" ? target.Lang : "id", target.Author);
        var text = "RT @" + target.Author.Handle + ": " + target.Text;
        return Add(t, Networks.X, author, text, target.Lang, target.Intent, target.Brand, null, null, target, null, false, target.Formal, target.Noise);
    }

    private Post? MakeQuote(double t)
    {
        var target = Recent(t, 3 * 3600, p => p.Network == Networks.X && p.Brand is not null && !p.Crisis && p.RepostOf is null
                                              && (p.Intent == Intents.News || p.Author.Kind == AuthorKind.Influencer));
        if (target is null)
        {
            return null;
        }

        var lang = _r.Chance(0.8) ? "id" : "en";
        var tpl = PickTpl("quote", null, null, lang, 1)!;
        return TryEmit(t, Networks.X, _a.PersonFor(lang), tpl, target.Brand, quoteOf: target, last: true);
    }

    private Post? MakeCross(double t)
    {
        var lang = _r.Chance(0.85) ? "id" : "en";
        var list = _t.All.Where(x => x.Kind == "cross" && x.Lang == lang).ToList();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var tpl = _r.Pick(list);
            var network = _r.Weighted<string>([(Networks.X, 0.5), (Networks.Instagram, 0.25), (Networks.Facebook, 0.25)]);
            var p = TryEmit(t, network, _a.PersonFor(lang), tpl, tpl.Brand, last: attempt == 5);
            if (p is not null)
            {
                return p;
            }
        }

        return null;
    }

    private Post MakeNoise(double t)
    {
        var lang = _r.Chance(0.8) ? "id" : "en";
        var network = _r.Weighted<string>([(Networks.X, 0.6), (Networks.Instagram, 0.25), (Networks.Facebook, 0.15)]);
        for (var attempt = 0; ; attempt++)
        {
            var tpl = _r.Pick(_t.Find("noise", null, null, lang));
            var p = TryEmit(t, network, _a.PersonFor(lang), tpl, null, last: attempt == 5);
            if (p is not null)
            {
                return p;
            }
        }
    }

    // ------------------------------------------------------------------ channels

    private Post? MakeEmail(double t, string intent, Brand brand)
    {
        var threads = _t.All.Where(x => x.Kind == "email" && !_usedOnce.Contains(x)).ToList();
        var roots = _posts.Where(p => p.Network == Networks.Email && p.InReplyTo is null && !p.Crisis && t - p.Offset < 5 * 3600).ToList();
        if (threads.Count > 0 && (roots.Count == 0 || _r.Chance(0.45)))
        {
            var pref = threads.Where(x => x.Brand == brand && x.Intent == intent).ToList();
            if (pref.Count == 0)
            {
                pref = threads.Where(x => x.Intent == intent).ToList();
            }

            var tpl = _r.Pick(pref.Count > 0 ? pref : threads);
            _usedOnce.Add(tpl);
            var author = _r.Pick(_a.EmailUsers.Where(u => u.MailingList == tpl.Tag).ToList());
            var ctx = new SlotCtx { Brand = tpl.Brand, Lang = tpl.Lang, Formal = true, Loc = _s.PickLoc("id") };
            var text = _s.Fill(tpl.Text.Replace("[FIRST]", author.FirstName, StringComparison.Ordinal), ctx);
            return Add(t, Networks.Email, author, text, tpl.Lang, tpl.Intent, tpl.Brand, tpl.Title, null, null, null, false, true, false, ctx.Loc, "email");
        }

        if (roots.Count == 0)
        {
            return null;
        }

        var root = _r.Pick(roots);
        var last = _posts.LastOrDefault(p => p.Network == Networks.Email && (p == root || p.Title == "Re: " + root.Title)) ?? root;
        var members = _a.EmailUsers.Where(u => u.MailingList == root.Author.MailingList && u != last.Author).ToList();
        if (members.Count == 0)
        {
            return null;
        }

        var replier = _r.Pick(members);
        var en = root.Lang == "en";
        var rtpl = PickTpl("email_re", null, null, en ? "en" : "id", 1)!;
        var rctx = new SlotCtx { Brand = root.Brand, Lang = rtpl.Lang, Formal = true, Loc = root.Loc ?? _s.PickLoc("id") };
        var body = _s.Fill(rtpl.Text, rctx);
        var greet = en
            ? _r.PickOf("Hi " + last.Author.FirstName + ",", "Hi all,", last.Author.FirstName + ",")
            : _r.PickOf("Halo " + last.Author.FirstName + ",", "Rekan-rekan,", "Dear " + last.Author.FirstName + ",", "Selamat siang,");
        var sign = en ? _r.PickOf("Cheers,", "Best,", "Thanks,") : _r.PickOf("Salam,", "Terima kasih,", "Salam hangat,");
        var full = greet + "\n\n" + body + "\n\n" + sign + "\n" + replier.FirstName;
        var title = root.Title!.StartsWith("Re: ", StringComparison.Ordinal) ? root.Title : "Re: " + root.Title;
        return Add(t, Networks.Email, replier, full, rtpl.Lang, rtpl.Intent, root.Brand, title, last, null, null, false, true, false, rctx.Loc, "email_re");
    }

    private Post? MakeReddit(double t, string intent, Brand brand)
    {
        var subs = _t.All.Where(x => x.Kind == "reddit" && !_usedOnce.Contains(x)).ToList();
        var roots = _posts.Where(p => p.Network == Networks.Reddit && !p.Crisis && t - p.Offset < 6 * 3600).ToList();
        if (subs.Count > 0 && (roots.Count == 0 || _r.Chance(0.3)))
        {
            var pref = subs.Where(x => x.Brand == brand).ToList();
            var tpl = _r.Pick(pref.Count > 0 ? pref : subs);
            _usedOnce.Add(tpl);
            var author = _r.Pick(_a.RedditUsers.Where(u => u.Langs.Contains(tpl.Lang)).ToList());
            return Emit(t, Networks.Reddit, author, tpl, tpl.Brand);
        }

        if (roots.Count == 0)
        {
            return null;
        }

        var target = _r.Pick(roots);
        var replier = _r.Pick(_a.RedditUsers.Where(u => u != target.Author).ToList());
        var lang = replier.Langs.Length > 1 && _r.Chance(0.45) ? "id" : "en";
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var tpl = _r.Chance(0.4) ? PickTpl("reddit_c", null, null, lang, 1) : PickTpl("post", target.Brand, intent, lang, 0.2);
            if (tpl is null)
            {
                continue;
            }

            var ctx = new SlotCtx { Brand = target.Brand, Lang = tpl.Lang, Formal = tpl.Formal, Loc = target.Loc ?? _s.PickLoc(tpl.Lang) };
            var p = TryEmit(t, Networks.Reddit, replier, tpl, target.Brand, inReplyTo: target, ctx: ctx, last: attempt == 5);
            if (p is not null)
            {
                return p;
            }
        }

        return null;
    }

    private Post? MakeYouTube(double t, string intent, Brand brand, string lang)
    {
        if (lang is not ("id" or "en"))
        {
            lang = "id";
        }

        Post? parent = _r.Chance(0.12)
            ? Recent(t, 4 * 3600, p => p.Network == Networks.YouTube && p.Brand == brand && !p.IsSpam)
            : null;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var tpl = _r.Chance(0.45) ? PickTpl("youtube", brand, null, lang, 0.2) : PickTpl("post", brand, intent, lang, 0.15);
            if (tpl is null)
            {
                continue;
            }

            var p = TryEmit(t, Networks.YouTube, _a.PersonFor(tpl.Lang), tpl, brand, inReplyTo: parent, last: attempt == 5);
            if (p is not null)
            {
                return p;
            }
        }

        return null;
    }

    private Post? MakeMastodon(double t, string intent, Brand brand)
    {
        var author = _r.Pick(_a.MastodonUsers);
        var lang = _r.Pick(author.Langs);
        var special = _t.All.Where(x => x.Kind == "mastodon" && !_usedOnce.Contains(x) && author.Langs.Contains(x.Lang)).ToList();
        if (special.Count > 0 && _r.Chance(0.35))
        {
            var tpl = _r.Pick(special);
            _usedOnce.Add(tpl);
            return Emit(t, Networks.Mastodon, author, tpl, tpl.Brand);
        }

        for (var attempt = 0; attempt < 6; attempt++)
        {
            var tpl = PickTpl("post", brand, intent, lang, 0.15);
            if (tpl is null)
            {
                return null;
            }

            var p = TryEmit(t, Networks.Mastodon, author, tpl, brand, last: attempt == 5);
            if (p is not null)
            {
                return p;
            }
        }

        return null;
    }
}
