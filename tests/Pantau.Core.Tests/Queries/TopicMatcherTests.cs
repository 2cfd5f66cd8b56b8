using Pantau.Core.Posts;
using Pantau.Core.Queries;
using Pantau.Core.Text;

namespace Pantau.Core.Tests.Queries;

public sealed class TopicMatcherTests
{
    private static readonly Guid Topic = new("11111111-0000-0000-0000-000000000001");

    private static TopicMatcher One(string query)
    {
        var matcher = TopicMatcher.Compile([new TopicDefinition(Topic, Posts.WorkspaceA, query)]);
        Assert.Empty(matcher.Rejected);
        return matcher;
    }

    /// <summary>Whether the query matches the post, checked with and without the candidate pre-filter.</summary>
    private static bool Matches(string query, RawPost raw)
    {
        var matcher = One(query);
        var post = Posts.In(Posts.WorkspaceA, raw);
        var matched = matcher.Match(post).Contains(Topic);
        Assert.True(matched == matcher.MatchEveryQuery(post).Contains(Topic), $"the pre-filter changed the answer for {query}");
        Assert.Equal(matched, matcher.Explain(post).Any(m => m.TopicId == Topic));
        return matched;
    }

    private static bool Matches(string query, string text, string? title = null) => Matches(query, Posts.Raw(text, title));

    // ---- Terms ----

    [Theory]
    [InlineData("nusantel", "Sinyal NUSANTEL lemot", true)]
    [InlineData("nusantel", "sinyal Nusantel.", true)]
    [InlineData("nusantel", "nusantél lagi", true)] // accents fold away
    [InlineData("NUSANTEL", "nusantel", true)]
    [InlineData("nusantel", "nusantelku", false)] // whole words only
    [InlineData("nusantel", "nusan tel", false)]
    [InlineData("nusantel", "cc #Nusantel", true)] // a plain term matches the hashtag
    [InlineData("nusantel", "cc @nusantel", true)] // and the mention
    [InlineData("signal", "The SIGNAL is down again", true)]
    [InlineData("customer", "customers are angry", false)]
    [InlineData("cafe", "Café di Bandung", true)]
    [InlineData("café", "cafe di Bandung", true)]
    [InlineData("and", "this and that", true)] // a lower-case operator is a word
    [InlineData("nusantel and promo", "promo nusantel and", true)]
    [InlineData("nusantel and promo", "promo nusantel", false)]
    public void Terms_are_case_and_accent_insensitive_whole_words(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("{BNI}", "Ke BNI dulu", true)]
    [InlineData("{BNI}", "ke bni dulu", false)]
    [InlineData("{BNI}", "ke Bni dulu", false)]
    [InlineData("{BNI}", "cc #BNI", true)]
    [InlineData("{BNI}", "𝐁𝐍𝐈 promo", true)] // styled capitals keep their case
    [InlineData("{bni}", "ke bni dulu", true)]
    [InlineData("{bni}", "ke BNI dulu", false)]
    [InlineData("{IndiHome}", "IndiHome gangguan", true)]
    [InlineData("{IndiHome}", "indihome gangguan", false)]
    [InlineData("{#BNI}", "cc #BNI", true)]
    [InlineData("{#BNI}", "cc BNI", false)]
    public void Exact_case_terms_compare_the_cased_form(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("#nusantel", "cc #Nusantel", true)]
    [InlineData("#nusantel", "nusantel lemot", false)]
    [InlineData("#nusantel", "@nusantel lemot", false)]
    [InlineData("@nusantel", "halo @Nusantel", true)]
    [InlineData("@nusantel", "halo nusantel", false)]
    [InlineData("@nusantel", "halo #nusantel", false)]
    [InlineData("@budi.santoso", "cc @budi.santoso.", true)]
    [InlineData("budi", "cc @budi.santoso", false)] // a handle is one name
    [InlineData("#promo", "email promo#promo", false)] // '#' after a word does not start a tag
    public void Hashtags_and_mentions(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    // ---- Normalisation ----

    [Theory]
    [InlineData("nusantel", "𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥 mantap")]
    [InlineData("nusantel", "ＮＵＳＡＮＴＥＬ mantap")]
    [InlineData("nusantel", "Ⓝⓤⓢⓐⓝⓣⓔⓛ mantap")]
    [InlineData("\"promo nusantel\"", "𝐏𝐫𝐨𝐦𝐨 𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥")]
    [InlineData("#promo", "#𝐏𝐫𝐨𝐦𝐨")]
    [InlineData("𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥", "nusantel")]
    public void Styled_letters_read_as_plain_letters(string query, string text)
    {
        Assert.True(Matches(query, text));
    }

    [Theory]
    [InlineData("lemot", "sinyal lemooot", true)]
    [InlineData("lemot", "sinyal LEMOOOOOT", true)]
    [InlineData("maaf", "maaaaf ya kak", true)]
    [InlineData("maaf", "maf ya kak", false)] // "maaf" and "maf" are different words
    [InlineData("maf", "maaf ya kak", false)]
    [InlineData("kecewa", "kecewaaa banget", true)]
    [InlineData("mantap", "mantaaap jiwa", true)]
    [InlineData("saat", "saat ini", true)]
    [InlineData("saat", "sat ini", false)]
    [InlineData("taat", "taat aturan", true)]
    [InlineData("taat", "tat aturan", false)]
    [InlineData("mantaaap", "mantap", true)] // an elongated term matches the plain word
    [InlineData("mantaaap", "mantaaaaaap", true)]
    [InlineData("lemooot", "lemot", true)]
    [InlineData("#mantap", "#mantaaap", true)]
    [InlineData("mantap", "#Mantaaap", true)]
    [InlineData("\"sinyal lemot\"", "sinyaaal lemooot", true)]
    [InlineData("{LEMOT}", "LEMOOOT", false)] // exact case compares exactly
    public void Elongated_words_match_on_their_squeezed_form(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("kata2", "kata2 mutiara", true)]
    [InlineData("kata2", "kata kata mutiara", true)]
    [InlineData("kata2", "Kata-Kata mutiara", true)]
    [InlineData("kata2", "kata mutiara", false)]
    [InlineData("kata-kata", "kata2 mutiara", true)]
    [InlineData("\"kata kata\"", "kata2 mutiara", true)]
    [InlineData("kata", "kata2 mutiara", true)]
    [InlineData("\"kata mutiara\"", "kata2 mutiara", true)]
    [InlineData("anak2", "anak anak main", true)]
    [InlineData("kata2", "#kata2", false)] // a hashtag is one name
    public void Reduplication_kata2_equals_kata_kata(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("50.000", "harga 50.000 saja", true)]
    [InlineData("50.000", "harga 50000 saja", false)]
    [InlineData("2026", "promo 2026!", true)]
    [InlineData("2026", "#2026", true)]
    [InlineData("4g", "sinyal 4G hilang", true)]
    [InlineData("mi3", "pakai Mi3", true)]
    [InlineData("sinyal", "jam 10,sinyal hilang", true)]
    public void Numbers_and_words_with_digits(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    [Theory]
    [InlineData("https://detik.com/nusantel", "baca https://detik.com/nusantel.", true)]
    [InlineData("https://detik.com/nusantel", "baca https://detik.com/nusantel/lain", false)]
    [InlineData("detik", "baca https://detik.com/nusantel", false)] // a URL is one token, not words
    [InlineData("😡", "nusantel 😡😡", true)]
    [InlineData("😡 nusantel", "nusantel lemot", false)]
    [InlineData("👍", "mantap 👍🏽", true)] // skin tones are dropped
    [InlineData("❤", "love ❤️", true)]
    public void Urls_and_emoji_are_tokens(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    // ---- Phrases ----

    [Theory]
    [InlineData("\"kartu halo\"", "pakai Kartu Halo sejak lama", true)]
    [InlineData("\"kartu halo\"", "halo kartu", false)] // in order
    [InlineData("\"kartu halo\"", "kartu baru halo", false)] // adjacent
    [InlineData("\"kartu halo\"", "kartu, halo!", true)] // punctuation is not a word
    [InlineData("\"customer service\"", "Customer Service nusantel", true)]
    [InlineData("\"sinyal lemot\"", "sinyal lemooot parah", true)]
    [InlineData("\"sinyal lemot\"", "sinyal sangat lemot", false)]
    [InlineData("\"sinyal lemot\"~1", "sinyal sangat lemot", true)]
    [InlineData("\"sinyal lemot\"~1", "lemot banget sinyal", true)] // with slop, any order
    [InlineData("\"sinyal lemot\"~1", "lemot sinyal", true)]
    [InlineData("\"sinyal lemot\"~1", "sinyal di rumah lemot", false)]
    [InlineData("\"sinyal lemot\"~3", "sinyal di rumah saya lemot", true)]
    [InlineData("\"sinyal lemot\"~3", "sinyal di rumah saya kok lemot", false)]
    [InlineData("\"a b c\"~1", "c x b a", true)] // last - first = 3 <= (3 - 1) + 1
    [InlineData("\"a b c\"~1", "c x b y a", false)]
    [InlineData("\"kata kata\"~2", "kata yang bagus", false)] // each word at its own position
    [InlineData("\"kata kata\"~2", "kata yang kata", true)]
    [InlineData("\"nusantel\"~2", "nusantel", true)]
    [InlineData("\"#promo nusantel\"", "#promo nusantel", true)]
    [InlineData("\"#promo nusantel\"", "promo nusantel", false)]
    [InlineData("\"sinyal lem*t\"", "sinyal lemooot", true)]
    public void Phrases_and_slop(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    // ---- Boolean operators ----

    [Theory]
    [InlineData("nusantel promo", "promo dari nusantel", true)]
    [InlineData("nusantel promo", "nusantel saja", false)]
    [InlineData("nusantel AND promo", "promo dari nusantel", true)]
    [InlineData("nusantel OR telkomsel", "telkomsel lemot", true)]
    [InlineData("nusantel OR telkomsel", "indihome lemot", false)]
    [InlineData("nusantel -promo", "nusantel promo", false)]
    [InlineData("nusantel -promo", "nusantel rusak", true)]
    [InlineData("nusantel NOT promo", "nusantel #promo", false)]
    [InlineData("nusantel AND NOT promo", "nusantel rusak", true)]
    [InlineData("nusantel -\"kartu halo\"", "nusantel kartu baru halo", true)]
    [InlineData("nusantel -\"kartu halo\"", "nusantel kartu halo", false)]
    [InlineData("nusantel -(promo OR diskon)", "nusantel diskon", false)]
    [InlineData("nusantel -(promo OR diskon)", "nusantel gratis", true)]
    [InlineData("(nusantel OR telkomsel) (lemot OR lelet)", "telkomsel lelet", true)]
    [InlineData("(nusantel OR telkomsel) (lemot OR lelet)", "telkomsel bagus", false)]
    [InlineData("nusantel OR telkomsel lemot", "nusantel bagus", true)] // AND binds tighter than OR
    [InlineData("nusantel OR telkomsel lemot", "telkomsel bagus", false)]
    [InlineData("signal slow -good", "signal is slow", true)]
    [InlineData("signal slow -good", "signal is slow but good", false)]
    public void Boolean_operators(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    // ---- Proximity ----

    [Theory]
    [InlineData("sinyal NEAR/2 lemot", "sinyal a b lemot", true)]
    [InlineData("sinyal NEAR/2 lemot", "sinyal a b c lemot", false)]
    [InlineData("sinyal NEAR/2 lemot", "lemot banget sih sinyal", true)] // either order
    [InlineData("sinyal NEAR/0 lemot", "sinyal lemot", true)]
    [InlineData("sinyal NEAR/0 lemot", "lemot sinyal", true)]
    [InlineData("sinyal NEAR/0 lemot", "sinyal x lemot", false)]
    [InlineData("sinyal ONEAR/2 lemot", "lemot banget sih sinyal", false)] // left first
    [InlineData("sinyal ONEAR/2 lemot", "sinyal banget lemot", true)]
    [InlineData("sinyal ONEAR/2 lemot", "lemot sinyal x lemot", true)]
    [InlineData("sinyal NEAR/1 sinyal", "sinyal lemot", false)] // two occurrences needed
    [InlineData("sinyal NEAR/1 sinyal", "sinyal x sinyal", true)]
    [InlineData("sinyal NEAR/3 \"sinyal lemot\"", "sinyal lemot", false)] // sides may not overlap
    [InlineData("sinyal NEAR/3 \"sinyal lemot\"", "sinyal sinyal lemot", true)]
    [InlineData("\"kartu halo\" NEAR/1 lemot", "kartu halo sangat lemot", true)]
    [InlineData("\"kartu halo\" NEAR/1 lemot", "kartu halo sangat sangat lemot", false)]
    [InlineData("\"kartu halo\" NEAR/1 lemot", "lemot x kartu halo", true)]
    [InlineData("\"sinyal lemot\"~2 NEAR/0 parah", "lemot x sinyal parah", true)]
    [InlineData("\"sinyal lemot\"~2 NEAR/0 parah", "parah lemot x sinyal", true)]
    [InlineData("\"sinyal lemot\"~2 NEAR/0 parah", "parah x lemot x sinyal", false)]
    [InlineData("(sinyal OR jaringan) NEAR/3 (lemot OR lelet)", "jaringan di rumah lelet", true)]
    [InlineData("(sinyal OR jaringan) NEAR/3 (lemot OR lelet)", "jaringan di rumah saya kok lelet", false)]
    [InlineData("(sinyal OR \"kartu halo\") ONEAR/1 mati", "kartu halo x mati", true)]
    [InlineData("kata2 NEAR/0 mutiara", "mutiara kata-kata", true)]
    [InlineData("kata2 NEAR/0 mutiara", "kata2 indah mutiara", false)]
    [InlineData("lem*t NEAR/1 sin*al", "sinyaaal lemooot", true)]
    [InlineData("\"sinyal lemot\"~2 NEAR/0 parah", "sinyal lemot x lemot parah", true)] // any occurrence of the phrase counts, not only the shortest
    [InlineData("parah NEAR/0 \"sinyal lemot\"~2", "sinyal lemot x lemot parah", true)]
    [InlineData("\"sinyal lemot\"~2 NEAR/1 \"budi santoso\"~2", "sinyal lemot akhir lemooot budi santoso", true)]
    [InlineData("(cafe OR \"sinyal lemot\"~1) NEAR/0 mati", "x lemot sinyal sinyal mati", true)]
    [InlineData("signal NEAR/2 slow", "the signal is very slow", true)]
    [InlineData("signal NEAR/2 slow", "slow and then the signal", false)]
    public void Proximity(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    // ---- Wildcards ----

    [Theory]
    [InlineData("indihome*", "#indihomegangguan", true)]
    [InlineData("indihome*", "IndiHome", true)]
    [InlineData("indihome*", "indi home", false)]
    [InlineData("lem*t", "lemooot", true)]
    [InlineData("lem*t", "lemah", false)]
    [InlineData("kec?wa", "kecewa", true)]
    [InlineData("kec?wa", "kecewaaa", true)] // matched against the squeezed form too
    [InlineData("kec?wa", "kecwa", false)]
    [InlineData("mant?p", "mantaaap", true)]
    [InlineData("#indi*", "indihome", false)]
    [InlineData("#indi*", "#IndiHome", true)]
    [InlineData("@budi*", "@budi.santoso", true)]
    [InlineData("@budi*", "budiman", false)]
    [InlineData("nusan*", "𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥", true)]
    [InlineData("𝐍𝐮𝐬*", "nusantel", true)]
    [InlineData("pro*", "promo", true)]
    [InlineData("pro*", "pr", false)]
    [InlineData("pro*o", "promo", true)]
    [InlineData("pro*o", "promosi", false)]
    [InlineData("serv*", "Customer Service", true)]
    public void Wildcards(string query, string text, bool expected)
    {
        Assert.Equal(expected, Matches(query, text));
    }

    // ---- Title and text ----

    [Theory]
    [InlineData("promo", "nusantel", "Promo Akhir Tahun", true)] // the default field is text and title
    [InlineData("promo nusantel", "nusantel", "Promo Akhir Tahun", true)]
    [InlineData("\"halo promo\"", "kartu halo", "promo akhir", false)] // phrases never span title and text
    [InlineData("\"promo halo\"", "halo kartu", "akhir promo", false)]
    [InlineData("halo NEAR/0 promo", "kartu halo", "promo akhir", false)]
    [InlineData("halo NEAR/0 promo", "promo akhir", "kartu halo", false)]
    [InlineData("\"halo promo\"~3", "kartu halo", "promo akhir", false)]
    [InlineData("title:promo", "promo", null, false)]
    [InlineData("title:promo", "promo", "berita", false)]
    [InlineData("title:promo", "berita", "Promo Akhir Tahun", true)]
    [InlineData("title:\"akhir tahun\"", "akhir tahun", "Promo Akhir Tahun", true)]
    [InlineData("title:\"akhir tahun\"", "akhir tahun", "Promo Akhir", false)]
    [InlineData("title:(promo OR diskon)", "x", "Diskon besar", true)]
    [InlineData("title:(promo -gratis)", "gratis", "promo", true)] // NOT inside a field applies within that field
    [InlineData("title:(promo -gratis)", "x", "promo gratis", false)]
    [InlineData("nusantel title:-promo", "nusantel promo", "berita", true)]
    [InlineData("nusantel title:-promo", "nusantel", "promo", false)]
    [InlineData("nusantel title:(-promo)", "nusantel", null, true)]
    [InlineData("nusantel -title:promo", "nusantel promo", "berita", true)]
    [InlineData("nusantel -title:promo", "nusantel", "Promo", false)]
    [InlineData("title:(sinyal NEAR/1 lemot)", "sinyal lemot", "lemot x sinyal", true)]
    [InlineData("title:(sinyal NEAR/1 lemot)", "sinyal lemot", "lemot x y sinyal", false)]
    [InlineData("nusantel -promo", "nusantel", "Promo", false)] // NOT looks at text and title
    public void Title_and_text(string query, string text, string? title, bool expected)
    {
        Assert.Equal(expected, Matches(query, text, title));
    }

    // ---- Author ----

    [Theory]
    [InlineData("author:budi", "budi", null, true)]
    [InlineData("author:@budi", "budi", null, true)]
    [InlineData("author:@budi", "@budi", null, true)]
    [InlineData("author:#budi", "budi", null, false)]
    [InlineData("author:santoso", "budi", "Budi Santoso", true)]
    [InlineData("author:\"budi santoso\"", "bsantoso", "Budi Santoso", true)]
    [InlineData("author:\"budi santoso\"", "bsantoso", "Santoso Budi", false)]
    [InlineData("author:nusantel*", "NusantelCare", null, true)]
    [InlineData("author:nusantel", "budi", "𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥 Care", true)]
    [InlineData("author:(nusantel -care)", "budi", "Nusantel Care", false)]
    [InlineData("author:budi", "andi", "Andi", false)]
    public void Author_is_the_handle_and_the_display_name(string query, string handle, string? displayName, bool expected)
    {
        var raw = Posts.Raw("halo semua") with { Author = new PostAuthor(handle, displayName, null) };

        Assert.Equal(expected, Matches(query, raw));
    }

    [Fact]
    public void Text_terms_do_not_look_at_the_author()
    {
        var raw = Posts.Raw("halo semua", "judul") with { Author = new PostAuthor("nusantel", "Nusantel", null) };

        Assert.False(Matches("nusantel", raw));
        Assert.True(Matches("halo author:nusantel", raw));
    }

    // ---- Metadata ----

    [Theory]
    [InlineData("site:detik.com", "https://detik.com/berita/1", true)]
    [InlineData("site:detik.com", "https://www.detik.com/berita/1", true)]
    [InlineData("site:detik.com", "https://news.detik.com/berita/1", true)] // subdomains
    [InlineData("site:detik.com", "https://m.news.detik.com/x", true)]
    [InlineData("site:detik.com", "HTTPS://WWW.DETIK.COM/X", true)]
    [InlineData("site:detik.com", "https://notdetik.com/x", false)]
    [InlineData("site:detik.com", "https://detik.com.evil.io/x", false)]
    [InlineData("site:detik.com", "https://kompas.com/detik.com", false)]
    [InlineData("site:detik.com", "not a url", false)]
    [InlineData("site:detik.com", null, false)]
    [InlineData("site:news.detik.com", "https://news.detik.com/x", true)]
    [InlineData("site:news.detik.com", "https://detik.com/x", false)]
    [InlineData("site:www.detik.com", "https://detik.com/x", true)] // www. is not part of the site
    [InlineData("site:www.detik.com", "https://www.detik.com/x", true)]
    [InlineData("site:www.detik.com", "https://news.detik.com/x", true)]
    [InlineData("site:(detik.com OR kompas.com)", "https://kompas.com/read", true)]
    [InlineData("url:kompas.com/read", "https://www.Kompas.com/READ/2026/promo", true)]
    [InlineData("url:kompas.com/read", "https://kompas.com/berita", false)]
    [InlineData("url:promo", "https://kompas.com/read/promo-akhir", true)]
    [InlineData("url:promo", null, false)]
    public void Site_and_url(string query, string? url, bool expected)
    {
        Assert.Equal(expected, Matches(query, Posts.Raw("berita hari ini") with { Url = url }));
    }

    [Theory]
    [InlineData("source:x", "x", "demo", true)] // the network
    [InlineData("source:demo", "x", "demo", true)] // or the kind of source
    [InlineData("source:facebook", "x", "demo", false)]
    [InlineData("source:x", "X", "feed", true)]
    [InlineData("source:(facebook OR youtube)", "youtube", "youtube", true)]
    [InlineData("nusantel -source:x", "x", "demo", false)]
    [InlineData("nusantel -source:x", "facebook", "demo", true)]
    public void Source_is_the_network_or_the_kind(string query, string network, string kind, bool expected)
    {
        Assert.Equal(expected, Matches(query, Posts.Raw("nusantel") with { Network = network, SourceKind = kind }));
    }

    [Theory]
    [InlineData("lang:id", "id", null, true)]
    [InlineData("lang:id", "ID", null, true)]
    [InlineData("lang:ID", "id", null, true)]
    [InlineData("lang:id", "en", null, false)]
    [InlineData("lang:id", null, null, false)]
    [InlineData("lang:(id OR jv)", "jv", null, true)]
    [InlineData("country:id", null, "id", true)]
    [InlineData("country:id", null, "ID", true)]
    [InlineData("country:id", null, "my", false)]
    [InlineData("country:id", "id", null, false)]
    [InlineData("lang:en country:my", "en", "MY", true)]
    [InlineData("nusantel -lang:en", "en", null, false)]
    [InlineData("nusantel -lang:en", null, null, true)]
    public void Language_and_country_are_as_declared(string query, string? language, string? country, bool expected)
    {
        Assert.Equal(expected, Matches(query, Posts.Raw("nusantel") with { Language = language, Country = country }));
    }

    [Theory]
    [InlineData("followers:[1000 TO *]", 1000L, true)] // inclusive
    [InlineData("followers:[1000 TO *]", 999L, false)]
    [InlineData("followers:[1000 TO *]", 5_000_000L, true)]
    [InlineData("followers:[1000 TO *]", null, false)] // unknown never matches
    [InlineData("followers:[* TO 500]", 0L, true)]
    [InlineData("followers:[* TO 500]", 500L, true)]
    [InlineData("followers:[* TO 500]", 501L, false)]
    [InlineData("followers:[* TO 500]", null, false)]
    [InlineData("followers:[100 TO 5000]", 100L, true)]
    [InlineData("followers:[100 TO 5000]", 5000L, true)]
    [InlineData("followers:[100 TO 5000]", 5001L, false)]
    [InlineData("followers:[* TO *]", 0L, true)]
    [InlineData("followers:[* TO *]", null, false)]
    [InlineData("followers:[1.000 TO *]", 1000L, true)]
    [InlineData("nusantel -followers:[* TO 100]", 50L, false)]
    [InlineData("nusantel -followers:[* TO 100]", null, true)]
    public void Followers(string query, long? followers, bool expected)
    {
        Assert.Equal(expected, Matches(query, Posts.Raw("nusantel", followers: followers)));
    }

    [Theory]
    [InlineData("is:reply", "r", null, null, true)]
    [InlineData("is:reply", null, "r", null, false)]
    [InlineData("is:repost", null, "r", null, true)]
    [InlineData("is:quote", null, null, "q", true)]
    [InlineData("is:quote", "r", "r", null, false)]
    [InlineData("is:(reply OR quote)", null, null, "q", true)]
    [InlineData("nusantel -is:repost", null, null, null, true)]
    [InlineData("nusantel -is:repost", null, "r", null, false)]
    public void Reply_repost_and_quote(string query, string? reply, string? repost, string? quote, bool expected)
    {
        var raw = Posts.Raw("nusantel") with { InReplyToExternalId = reply, RepostOfExternalId = repost, QuoteOfExternalId = quote };

        Assert.Equal(expected, Matches(query, raw));
    }

    [Theory]
    [InlineData("lang:id")]
    [InlineData("country:id")]
    [InlineData("source:x")]
    [InlineData("source:demo")]
    [InlineData("site:detik.com")]
    [InlineData("site:www.detik.com")]
    [InlineData("url:detik")]
    [InlineData("is:reply")]
    [InlineData("followers:[1 TO *]")]
    [InlineData("lang:id -promo")]
    [InlineData("lang:(en OR id)")]
    [InlineData("lang:en OR country:id")]
    [InlineData("zzz OR lang:id")]
    [InlineData("is:reply OR zzz")]
    [InlineData("lang:id followers:[1 TO *]")]
    [InlineData("title:(-promo) lang:id")]
    public void Queries_with_only_metadata_still_reach_the_post(string query)
    {
        var raw = Posts.Raw("tidak ada kata yang dicari", "judul", followers: 10, language: "id") with
        {
            Country = "ID",
            Url = "https://m.news.detik.com/read/1",
            InReplyToExternalId = "r1",
        };

        Assert.True(Matches(query, raw));
    }

    [Fact]
    public void A_text_of_over_a_million_words_is_never_read_as_the_title()
    {
        // Positions number the text from 0 and the title from View.TitleBase; a longer text must not run into it.
        var tokens = new Token[View.TitleBase + 10];
        Array.Fill(tokens, new Token("promo", TokenKind.Word, 0, 5));
        var post = new NormalisedPost(Posts.WorkspaceA, Posts.Source, Posts.Raw("promo"), "promo", tokens, []);
        var anywhere = Guid.NewGuid();
        var matcher = TopicMatcher.Compile([new(anywhere, Posts.WorkspaceA, "promo"), new(Topic, Posts.WorkspaceA, "title:promo")]);

        Assert.Equal([anywhere], matcher.Match(post));
    }

    // ---- Workspaces, rejected topics, several topics ----

    [Fact]
    public void A_topic_of_one_workspace_never_matches_a_post_of_another()
    {
        var topicA = Guid.NewGuid();
        var topicB = Guid.NewGuid();
        var metadataA = Guid.NewGuid();
        var matcher = TopicMatcher.Compile(
        [
            new TopicDefinition(topicA, Posts.WorkspaceA, "nusantel"),
            new TopicDefinition(topicB, Posts.WorkspaceB, "nusantel OR telkomsel"),
            new TopicDefinition(metadataA, Posts.WorkspaceA, "lang:id"),
        ]);

        Assert.Equal([topicA], matcher.Match(Posts.In(Posts.WorkspaceA, "nusantel lemot")));
        Assert.Equal([topicB], matcher.Match(Posts.In(Posts.WorkspaceB, "nusantel lemot")));
        Assert.Empty(matcher.Match(Posts.In(Posts.WorkspaceA, "telkomsel lemot")));
        Assert.Equal([topicB], matcher.Match(Posts.In(Posts.WorkspaceB, Posts.Raw("telkomsel", language: "id"))));
        Assert.Equal([metadataA], matcher.Match(Posts.In(Posts.WorkspaceA, Posts.Raw("telkomsel", language: "id"))));
        Assert.Empty(matcher.Match(Posts.In(Guid.NewGuid(), "nusantel telkomsel")));
        Assert.Empty(matcher.MatchEveryQuery(Posts.In(Guid.NewGuid(), "nusantel telkomsel")));
        Assert.Empty(matcher.Explain(Posts.In(Guid.NewGuid(), "nusantel telkomsel")));
        Assert.Equal([topicB], matcher.Explain(Posts.In(Posts.WorkspaceB, "nusantel")).Select(m => m.TopicId));
    }

    [Fact]
    public void Topics_that_do_not_parse_are_rejected_and_the_rest_still_match()
    {
        var good = Guid.NewGuid();
        var bad = Guid.NewGuid();
        var onlyNot = Guid.NewGuid();
        var matcher = TopicMatcher.Compile(
        [
            new TopicDefinition(good, Posts.WorkspaceA, "nusantel"),
            new TopicDefinition(bad, Posts.WorkspaceA, "nusantel sinyal NEAR/5"),
            new TopicDefinition(onlyNot, Posts.WorkspaceB, "-promo"),
        ]);

        Assert.Equal(1, matcher.TopicCount);
        Assert.Equal([bad, onlyNot], matcher.Rejected.Select(r => r.TopicId));
        Assert.Equal(17, matcher.Rejected[0].Error.Column);
        Assert.Equal("NEAR/5 needs something on its right, column 17", matcher.Rejected[0].Error.Message);
        Assert.Equal(1, matcher.Rejected[1].Error.Column);
        Assert.Equal([good], matcher.Match(Posts.In(Posts.WorkspaceA, "nusantel sinyal")));
        Assert.Empty(matcher.Match(Posts.In(Posts.WorkspaceB, "nusantel sinyal")));
    }

    [Fact]
    public void A_post_matches_every_topic_it_satisfies()
    {
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        string[] queries = ["nusantel", "sinyal NEAR/1 lemot", "#promo", "lang:id", "telkomsel", "nusantel -lemot"];
        var matcher = TopicMatcher.Compile(ids.Zip(queries, (id, q) => new TopicDefinition(id, Posts.WorkspaceA, q)));

        var matched = matcher.Match(Posts.In(Posts.WorkspaceA, Posts.Raw("Nusantel: sinyal lemot #promo", language: "id")));

        Assert.Equal(6, matcher.TopicCount);
        Assert.Equal(new[] { ids[0], ids[1], ids[2], ids[3] }.Order(), matched.Order());
    }

    [Fact]
    public void Two_topics_with_the_same_query_both_match()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var matcher = TopicMatcher.Compile([new(first, Posts.WorkspaceA, "nusantel"), new(second, Posts.WorkspaceA, "NUSANTEL")]);

        Assert.Equal(new[] { first, second }.Order(), matcher.Match(Posts.In(Posts.WorkspaceA, "nusantel")).Order());
    }

    [Fact]
    public void The_empty_matcher_matches_nothing()
    {
        Assert.Equal(0, TopicMatcher.Empty.TopicCount);
        Assert.Empty(TopicMatcher.Empty.Rejected);
        Assert.Empty(TopicMatcher.Empty.Match(Posts.In(Posts.WorkspaceA, "nusantel")));
        Assert.Empty(TopicMatcher.Empty.Explain(Posts.In(Posts.WorkspaceA, "nusantel")));
    }

    [Fact]
    public void Parsed_queries_compile_for_one_workspace()
    {
        var id = Guid.NewGuid();
        var matcher = TopicMatcher.Compile(Posts.WorkspaceB, [(id, QueryParser.Parse("sinyal NEAR/2 lemot"))]);

        Assert.Equal(1, matcher.TopicCount);
        Assert.Equal([id], matcher.Match(Posts.In(Posts.WorkspaceB, "lemot x sinyal")));
        Assert.Empty(matcher.Match(Posts.In(Posts.WorkspaceA, "lemot x sinyal")));
    }

    [Fact]
    public void Matching_is_thread_safe()
    {
        string[] queries = ["nusantel", "sinyal NEAR/2 lemot", "\"kartu halo\"", "lem*t -parah", "title:promo", "lang:id", "#promo OR @nusantel"];
        var topics = queries.Select(q => new TopicDefinition(Guid.NewGuid(), Posts.WorkspaceA, q)).ToArray();
        var matcher = TopicMatcher.Compile(topics);
        string[] texts = ["nusantel sinyal lemot", "kartu halo", "lemooot parah", "#promo", "@nusantel kartu x halo", "apa saja"];
        var posts = Enumerable.Range(0, 600)
            .Select(i => Posts.In(Posts.WorkspaceA, Posts.Raw(texts[i % texts.Length], i % 4 == 0 ? "Promo" : null, language: i % 3 == 0 ? "id" : null)))
            .ToArray();
        var expected = posts.Select(p => string.Join(',', matcher.MatchEveryQuery(p).Order())).ToArray();

        var actual = new string[posts.Length];
        Parallel.For(0, posts.Length, new ParallelOptions { CancellationToken = TestContext.Current.CancellationToken }, i =>
            actual[i] = string.Join(',', matcher.Match(posts[i]).Order()));

        Assert.Equal(expected, actual);
    }

    // ---- Explain ----

    private static IReadOnlyList<Highlight> Highlights(string query, RawPost raw)
    {
        var matcher = One(query);
        var match = Assert.Single(matcher.Explain(Posts.In(Posts.WorkspaceA, raw)));
        Assert.Equal(Topic, match.TopicId);
        return match.Highlights;
    }

    private static string[] Marked(RawPost raw, IEnumerable<Highlight> highlights) =>
        highlights.Select(h => h.Field == PostField.Text ? raw.Text.Substring(h.Start, h.Length) : string.Concat("title:", raw.Title.AsSpan(h.Start, h.Length))).ToArray();

    [Theory]
    [InlineData("nusantel lemot", "Sinyal 𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥 LEMOOOT parah", new[] { "𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥", "LEMOOOT" })]
    [InlineData("nusantel -promo", "nusantel, #Nusantel dan @nusantel", new[] { "nusantel", "#Nusantel", "@nusantel" })]
    [InlineData("\"kartu halo\"", "pakai Kartu Halo, bukan kartu lain", new[] { "Kartu", "Halo" })]
    [InlineData("kata2", "kata2 mutiara", new[] { "kata2" })] // two tokens over the same characters, one highlight
    [InlineData("kata2", "Kata-kata mutiara", new[] { "Kata", "kata" })]
    [InlineData("sinyal NEAR/1 lemot", "sinyal x lemot", new[] { "sinyal", "lemot" })]
    [InlineData("\"sinyal lemot\"~2", "sinyal lemot x lemot", new[] { "sinyal", "lemot" })] // the shortest occurrence
    [InlineData("\"sinyal lemot\"~2", "lemot x sinyal", new[] { "lemot", "x", "sinyal" })] // with the words inside it
    [InlineData("nusantel OR telkomsel", "Telkomsel lemot", new[] { "Telkomsel" })]
    [InlineData("nusantel (promo OR diskon)", "nusantel diskon", new[] { "nusantel", "diskon" })]
    [InlineData("😡", "kesal 😡", new[] { "😡" })]
    [InlineData("cafe", "ke cafe\u0301 yuk", new[] { "cafe\u0301" })] // the accent stays with its letter
    [InlineData("lang:id nusantel", "nusantel", new[] { "nusantel" })]
    [InlineData("https://detik.com/x", "baca https://detik.com/x.", new[] { "https://detik.com/x" })]
    public void Explain_highlights_the_characters_that_matched(string query, string text, string[] expected)
    {
        var raw = Posts.Raw(text, language: "id");

        Assert.Equal(expected, Marked(raw, Highlights(query, raw)));
    }

    [Fact]
    public void Explain_highlights_in_the_title_with_title_offsets()
    {
        var raw = Posts.Raw("nusantel ada promo", "Promo 𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥");

        Assert.Equal(["nusantel", "promo", "title:Promo", "title:𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥"], Marked(raw, Highlights("nusantel promo", raw)));
        Assert.Equal(["title:Promo"], Marked(raw, Highlights("title:promo", raw)));
        Assert.Equal([new Highlight(PostField.Title, 0, 5)], Highlights("title:promo", raw));
    }

    [Fact]
    public void Explain_does_not_highlight_excluded_words_metadata_or_the_author()
    {
        var raw = Posts.Raw("nusantel gratis", "Promo") with { Author = new PostAuthor("nusantel", "Nusantel", 10) };

        Assert.Equal(["nusantel"], Marked(raw, Highlights("nusantel -diskon author:nusantel followers:[1 TO *]", raw)));
        Assert.Empty(Highlights("author:nusantel", raw));
    }

    [Fact]
    public void Explain_lists_the_same_topics_as_Match()
    {
        string[] queries = ["nusantel", "sinyal NEAR/2 lemot", "lang:id", "-promo nusantel", "title:promo", "zzz"];
        var matcher = TopicMatcher.Compile(queries.Select(q => new TopicDefinition(Guid.NewGuid(), Posts.WorkspaceA, q)));
        var post = Posts.In(Posts.WorkspaceA, Posts.Raw("Nusantel sinyal x lemot", "Promo", language: "id"));

        Assert.Equal(matcher.Match(post).Order(), matcher.Explain(post).Select(m => m.TopicId).Order());
        Assert.Equal(4, matcher.Match(post).Count);
    }
}
