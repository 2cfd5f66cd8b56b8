using Pantau.Core.Queries;

namespace Pantau.Core.Tests.Queries;

public sealed class QueryParserTests
{
    private static QueryError Error(string query) => Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query)).Error;

    // ---- Terms ----

    [Theory]
    [InlineData("nusantel", "nusantel")]
    [InlineData("NUSANTEL", "nusantel")] // case-insensitive
    [InlineData("Café", "cafe")] // accent-insensitive
    [InlineData("𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥", "nusantel")] // styled letters
    [InlineData("ＮＵＳＡＮＴＥＬ", "nusantel")]
    [InlineData("#Promo", "#promo")]
    [InlineData("@NusantelCare", "@nusantelcare")]
    [InlineData("@budi.santoso", "@budi.santoso")]
    [InlineData("{BNI}", "{BNI}")]
    [InlineData("{Bni}", "{Bni}")]
    [InlineData("{#BNI}", "#{BNI}")]
    [InlineData("50.000", "50.000")]
    [InlineData("4G", "4g")]
    [InlineData("lemooot", "lemooot")]
    [InlineData("kata2", "\"kata kata\"")] // reduplication reads as the word twice
    [InlineData("kata-kata", "\"kata kata\"")]
    [InlineData("e-mail", "\"e mail\"")]
    [InlineData("nusantel!", "nusantel")] // punctuation around a word is not part of it
    [InlineData("https://detik.com/Nusantel", "url:https://detik.com/nusantel")]
    [InlineData("www.detik.com", "url:www.detik.com")]
    [InlineData("😡", "emoji:😡")]
    [InlineData("👍🏽", "emoji:👍")]
    public void A_word_becomes_a_term_read_by_the_post_tokeniser(string query, string expected)
    {
        Assert.Equal(expected, QueryTree.Show(query));
    }

    [Fact]
    public void Terms_know_their_kind()
    {
        Assert.Equal(TermKind.Any, ((TermNode)QueryParser.Parse("nusantel").Root).Term.Kind);
        Assert.Equal(TermKind.Hashtag, ((TermNode)QueryParser.Parse("#nusantel").Root).Term.Kind);
        Assert.Equal(TermKind.Mention, ((TermNode)QueryParser.Parse("@nusantel").Root).Term.Kind);
        Assert.Equal(TermKind.Url, ((TermNode)QueryParser.Parse("https://detik.com").Root).Term.Kind);
        Assert.Equal(TermKind.Emoji, ((TermNode)QueryParser.Parse("😡").Root).Term.Kind);
        Assert.Equal(TermKind.Any, ((TermNode)QueryParser.Parse("2026").Root).Term.Kind);
    }

    [Theory]
    [InlineData("indihome*", "~indihome*")]
    [InlineData("lem?t", "~lem?t")]
    [InlineData("INDI*HOME", "~indi*home")]
    [InlineData("kec?wa*", "~kec?wa*")]
    [InlineData("#indi*", "#~indi*")]
    [InlineData("@budi*", "@~budi*")]
    [InlineData("𝐍𝐮𝐬*", "~nus*")] // styled letters fold before the wildcard is checked
    [InlineData("cafe\u0301*", "~cafe*")]
    public void Wildcards_need_three_letters_first(string query, string expected)
    {
        var root = QueryParser.Parse(query).Root;

        Assert.Equal(expected, QueryTree.Show(root));
        Assert.NotNull(((TermNode)root).Term.Wildcard);
    }

    [Theory]
    [InlineData("and", "and")]
    [InlineData("nusantel and promo", "(AND nusantel and promo)")] // lower-case operators are words
    [InlineData("nusantel or promo", "(AND nusantel or promo)")]
    [InlineData("not promo", "(AND not promo)")]
    [InlineData("near/5", "\"near 5\"")]
    [InlineData("NEARBY", "nearby")]
    public void Lower_case_operators_are_plain_words(string query, string expected)
    {
        Assert.Equal(expected, QueryTree.Show(query));
    }

    // ---- Phrases ----

    [Theory]
    [InlineData("\"kartu halo\"", "\"kartu halo\"")]
    [InlineData("\"Kartu   HALO\"", "\"kartu halo\"")]
    [InlineData("\"sinyal, lemot!\"", "\"sinyal lemot\"")]
    [InlineData("\"sinyal lemot\"~3", "\"sinyal lemot\"~3")]
    [InlineData("\"sinyal lemot\"~0", "\"sinyal lemot\"")]
    [InlineData("\"nusantel\"", "nusantel")] // a one-word phrase is the word
    [InlineData("\"nusantel\"~2", "\"nusantel\"~2")]
    [InlineData("\"kata2 mutiara\"", "\"kata kata mutiara\"")]
    [InlineData("\"#promo nusantel\"", "\"#promo nusantel\"")]
    [InlineData("\"sinyal lem*t\"", "\"sinyal ~lem*t\"")]
    [InlineData("\"a b c\"~100", "\"a b c\"~100")]
    public void Phrases(string query, string expected)
    {
        Assert.Equal(expected, QueryTree.Show(query));
    }

    // ---- Operators and precedence ----

    [Theory]
    [InlineData("nusantel AND promo", "(AND nusantel promo)")]
    [InlineData("nusantel promo", "(AND nusantel promo)")] // juxtaposition is AND
    [InlineData("nusantel promo diskon", "(AND nusantel promo diskon)")]
    [InlineData("nusantel OR telkomsel", "(OR nusantel telkomsel)")]
    [InlineData("a OR b OR c", "(OR a b c)")]
    [InlineData("nusantel NOT promo", "(AND nusantel (NOT promo))")]
    [InlineData("nusantel AND NOT promo", "(AND nusantel (NOT promo))")]
    [InlineData("nusantel -promo", "(AND nusantel (NOT promo))")]
    [InlineData("nusantel -\"kartu halo\"", "(AND nusantel (NOT \"kartu halo\"))")]
    [InlineData("nusantel -(promo OR diskon)", "(AND nusantel (NOT (OR promo diskon)))")]
    [InlineData("nusantel -#promo", "(AND nusantel (NOT #promo))")]
    [InlineData("nusantel -{BNI}", "(AND nusantel (NOT {BNI}))")]
    [InlineData("nusantel -title:promo", "(AND nusantel (NOT title:promo))")]
    [InlineData("-promo nusantel", "(AND (NOT promo) nusantel)")]
    [InlineData("NOT promo nusantel", "(AND (NOT promo) nusantel)")]
    [InlineData("nusantel-promo", "\"nusantel promo\"")] // a hyphen inside a word joins
    [InlineData("(nusantel)", "nusantel")]
    [InlineData("((nusantel))", "nusantel")]
    public void Boolean_operators(string query, string expected)
    {
        Assert.Equal(expected, QueryTree.Show(query));
    }

    [Theory]
    [InlineData("a OR b c", "(OR a (AND b c))")] // AND binds tighter than OR
    [InlineData("a b OR c", "(OR (AND a b) c)")]
    [InlineData("a OR b AND c", "(OR a (AND b c))")]
    [InlineData("a AND b OR c AND d", "(OR (AND a b) (AND c d))")]
    [InlineData("(a OR b) c", "(AND (OR a b) c)")]
    [InlineData("a (b OR c)", "(AND a (OR b c))")]
    [InlineData("a NEAR/2 b c", "(AND (NEAR/2 a b) c)")] // NEAR binds tighter than AND
    [InlineData("c a NEAR/2 b", "(AND c (NEAR/2 a b))")]
    [InlineData("a NEAR/2 b OR c", "(OR (NEAR/2 a b) c)")]
    [InlineData("c OR a ONEAR/2 b", "(OR c (ONEAR/2 a b))")]
    [InlineData("a -b OR c", "(OR (AND a (NOT b)) c)")] // NOT binds tighter than AND and OR
    [InlineData("a NOT b c", "(AND a (NOT b) c)")]
    [InlineData("a -b c", "(AND a (NOT b) c)")]
    [InlineData("x -a NEAR/2 b", "(AND x (NOT (NEAR/2 a b)))")] // NEAR cannot take a NOT side, so '-' takes the whole NEAR
    [InlineData("x NOT a NEAR/2 b", "(AND x (NOT (NEAR/2 a b)))")]
    public void Precedence_NOT_then_NEAR_then_AND_then_OR(string query, string expected)
    {
        Assert.Equal(expected, QueryTree.Show(query));
    }

    [Theory]
    [InlineData("sinyal NEAR/5 lemot", "(NEAR/5 sinyal lemot)")]
    [InlineData("sinyal ONEAR/5 lemot", "(ONEAR/5 sinyal lemot)")]
    [InlineData("sinyal NEAR/0 lemot", "(NEAR/0 sinyal lemot)")]
    [InlineData("sinyal NEAR/100 lemot", "(NEAR/100 sinyal lemot)")]
    [InlineData("\"kartu halo\" NEAR/3 lemot", "(NEAR/3 \"kartu halo\" lemot)")]
    [InlineData("\"kartu halo\"~2 NEAR/3 lemot", "(NEAR/3 \"kartu halo\"~2 lemot)")]
    [InlineData("(sinyal OR jaringan) NEAR/3 (lemot OR \"tidak ada\")", "(NEAR/3 (OR sinyal jaringan) (OR lemot \"tidak ada\"))")]
    [InlineData("kata2 NEAR/1 mutiara", "(NEAR/1 \"kata kata\" mutiara)")]
    [InlineData("{BNI} NEAR/2 lem*t", "(NEAR/2 {BNI} ~lem*t)")]
    [InlineData("#promo NEAR/2 @nusantel", "(NEAR/2 #promo @nusantel)")]
    [InlineData("(sinyal) NEAR/2 lemot", "(NEAR/2 sinyal lemot)")]
    [InlineData("title:(sinyal NEAR/2 lemot)", "title:(NEAR/2 sinyal lemot)")]
    public void Proximity(string query, string expected)
    {
        Assert.Equal(expected, QueryTree.Show(query));
    }

    [Fact]
    public void Near_keeps_distance_order_and_sides()
    {
        var near = Assert.IsType<NearNode>(QueryParser.Parse("sinyal ONEAR/7 lemot").Root);

        Assert.Equal((7, true, 1), (near.Distance, near.Ordered, near.Column));
        Assert.Equal("sinyal", QueryTree.Show(near.Left));
        Assert.Equal("lemot", QueryTree.Show(near.Right));
    }

    // ---- Fields ----

    [Theory]
    [InlineData("title:promo", "title:promo")]
    [InlineData("TITLE:Promo", "title:promo")]
    [InlineData("title:\"promo akhir\"", "title:\"promo akhir\"")]
    [InlineData("title:\"promo akhir\"~2", "title:\"promo akhir\"~2")]
    [InlineData("title:(promo OR diskon)", "title:(OR promo diskon)")]
    [InlineData("title:(promo -gratis)", "title:(AND promo (NOT gratis))")]
    [InlineData("title:#promo", "title:#promo")]
    [InlineData("title:kata2", "title:\"kata kata\"")]
    [InlineData("title:promo nusantel", "(AND title:promo nusantel)")]
    [InlineData("title:promo OR nusantel", "(OR title:promo nusantel)")]
    [InlineData("author:budi", "author:budi")]
    [InlineData("author:@budi", "author:@budi")]
    [InlineData("author:\"Budi Santoso\"", "author:\"budi santoso\"")]
    [InlineData("site:detik.com", "Site=detik.com")]
    [InlineData("site:Detik.COM", "Site=detik.com")]
    [InlineData("site:.detik.com", "Site=detik.com")]
    [InlineData("site:www.detik.com", "Site=www.detik.com")]
    [InlineData("site:news.detik.com", "Site=news.detik.com")]
    [InlineData("site:(detik.com OR kompas.com)", "(OR Site=detik.com Site=kompas.com)")]
    [InlineData("url:kompas.com/READ", "Url=kompas.com/read")]
    [InlineData("source:x", "Source=x")]
    [InlineData("source:YouTube", "Source=youtube")]
    [InlineData("source:(x OR facebook)", "(OR Source=x Source=facebook)")]
    [InlineData("lang:id", "Language=id")]
    [InlineData("lang:EN", "Language=en")]
    [InlineData("lang:(id OR en OR jv)", "(OR Language=id Language=en Language=jv)")]
    [InlineData("country:id", "Country=id")]
    [InlineData("country:MY", "Country=my")]
    [InlineData("is:reply", "Is=reply")]
    [InlineData("is:(repost OR quote)", "(OR Is=repost Is=quote)")]
    [InlineData("followers:[1000 TO *]", "followers=[1000 TO *]")]
    [InlineData("followers:[* TO 500]", "followers=[* TO 500]")]
    [InlineData("followers:[1.000 TO 5.000]", "followers=[1000 TO 5000]")]
    [InlineData("followers:[100 TO 100]", "followers=[100 TO 100]")]
    [InlineData("followers:[* TO *]", "followers=[* TO *]")]
    [InlineData("nusantel lang:id -source:x", "(AND nusantel Language=id (NOT Source=x))")]
    public void Fields(string query, string expected)
    {
        Assert.Equal(expected, QueryTree.Show(query));
    }

    [Fact]
    public void Not_inside_a_field_stays_inside_the_field()
    {
        Assert.Equal("(AND nusantel title:(NOT promo))", QueryTree.Show("nusantel title:(-promo)"));
        Assert.Equal("(AND nusantel title:(NOT promo))", QueryTree.Show("nusantel title:-promo"));
        Assert.Equal("(AND nusantel author:(NOT bot))", QueryTree.Show("nusantel author:-bot"));
        Assert.Equal("(AND nusantel title:(NOT {BNI}))", QueryTree.Show("nusantel title:-{BNI}"));
        Assert.Equal("(AND nusantel title:(NOT \"kartu halo\"))", QueryTree.Show("nusantel title:-\"kartu halo\""));
        Assert.Equal("(AND nusantel title:(NOT (OR promo diskon)))", QueryTree.Show("nusantel title:-(promo OR diskon)"));
        Assert.Equal(16, Error("nusantel title:- promo").Column); // '-' is written right before what it excludes
    }

    [Fact]
    public void Nodes_know_their_columns()
    {
        var and = Assert.IsType<AndNode>(QueryParser.Parse("nusantel -promo title:diskon").Root);

        Assert.Equal([1, 10, 17], and.Children.Select(c => c.Column));
        Assert.Equal(11, ((NotNode)and.Children[1]).Child.Column);
    }

    // ---- Errors ----

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("   ", 1, "empty")]
    [InlineData("-promo", 1, "nearly everything")]
    [InlineData("NOT promo", 1, "nearly everything")]
    [InlineData("-promo -diskon", 1, "nearly everything")]
    [InlineData("NOT (promo OR diskon)", 1, "nearly everything")]
    [InlineData("title:(-promo)", 1, "nearly everything")]
    [InlineData("NOT NOT promo", 1, "nearly everything")]
    [InlineData("nusantel OR -promo", 1, "nearly everything")] // an OR branch that only excludes
    [InlineData("-promo OR nusantel", 1, "nearly everything")]
    [InlineData("nusantel OR (diskon -promo) OR NOT gratis", 1, "nearly everything")]
    [InlineData("sinyal (nusantel OR -promo)", 21, "only excludes")] // nested too
    [InlineData("sinyal title:(nusantel OR NOT promo)", 27, "only excludes")]
    [InlineData("sinyal -(nusantel OR -promo)", 22, "only excludes")]
    [InlineData("()", 1, "Empty group")]
    [InlineData("nusantel ()", 10, "Empty group")]
    [InlineData("nusantel ( )", 10, "Empty group")]
    [InlineData("(nusantel OR promo", 1, "never closed")]
    [InlineData("nusantel OR (promo", 13, "never closed")]
    [InlineData("((nusantel)", 1, "never closed")]
    [InlineData("nusantel)", 9, "no matching '('")]
    [InlineData("nusantel OR promo)", 18, "no matching '('")]
    [InlineData(")", 1, "no matching '('")]
    [InlineData("(a) b)", 6, "no matching '('")]
    [InlineData("\"kartu halo", 1, "quote is never closed")]
    [InlineData("nusantel \"kartu", 10, "quote is never closed")]
    [InlineData("\"a\" \"b", 5, "quote is never closed")]
    [InlineData("{BNI", 1, "never closed")]
    [InlineData("nusantel {BNI", 10, "never closed")]
    [InlineData("BNI}", 4, "no matching '{'")]
    [InlineData("nusantel ]", 10, "no matching '['")]
    [InlineData("followers:[1000 TO *", 11, "never closed")]
    [InlineData("\"\"", 1, "Empty phrase")]
    [InlineData("nusantel \" \"", 10, "Empty phrase")]
    [InlineData("\"a b\"~", 6, "'~'")]
    [InlineData("\"a b\"~101", 6, "'~'")]
    [InlineData("{}", 1, "nothing to look for")]
    [InlineData("!!!", 1, "nothing to look for")]
    [InlineData("nusantel ...", 10, "nothing to look for")]
    public void Errors_point_at_the_column_where_the_query_stops_making_sense(string query, int column, string reason)
    {
        var error = Error(query);

        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.True(error.Length >= 1);
    }

    [Theory]
    [InlineData("nusantel sinyal NEAR/5", 17, "NEAR/5 needs something on its right")]
    [InlineData("sinyal ONEAR/3", 8, "ONEAR/3 needs something on its right")]
    [InlineData("(sinyal NEAR/5)", 9, "NEAR/5 needs something on its right")]
    [InlineData("sinyal NEAR/5 OR lemot", 8, "NEAR/5 needs something on its right")]
    [InlineData("NEAR/5 sinyal", 1, "NEAR/5 needs something on its left")]
    [InlineData("nusantel (NEAR/5 sinyal)", 11, "NEAR/5 needs something on its left")]
    [InlineData("sinyal NEAR lemot", 8, "NEAR needs a distance")]
    [InlineData("sinyal NEAR/ lemot", 8, "NEAR needs a distance")]
    [InlineData("sinyal NEAR/x lemot", 8, "NEAR needs a distance")]
    [InlineData("sinyal NEAR/101 lemot", 8, "NEAR needs a distance")]
    [InlineData("sinyal ONEAR/-1 lemot", 8, "ONEAR needs a distance")]
    [InlineData("sinyal NEAR/2 lemot NEAR/2 parah", 21, "cannot follow another proximity operator")]
    [InlineData("(sinyal jaringan) NEAR/2 lemot", 2, "Each side of NEAR/2")]
    [InlineData("sinyal NEAR/2 (lemot -parah)", 16, "Each side of NEAR/2")]
    [InlineData("sinyal NEAR/2 (lemot OR (parah lelet))", 16, "Each side of NEAR/2")]
    [InlineData("title:sinyal NEAR/2 lemot", 1, "Each side of NEAR/2")]
    [InlineData("sinyal NEAR/2 lang:id", 15, "Each side of NEAR/2")]
    [InlineData("sinyal NEAR/2 -lemot", 15, "Expected a word, phrase or group before -")]
    [InlineData("sinyal NEAR/2 NOT lemot", 15, "Expected a word, phrase or group before NOT")]
    public void Proximity_errors(string query, int column, string reason)
    {
        var error = Error(query);

        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("in*", 1, "at least 3 letters")]
    [InlineData("nusantel in*", 10, "at least 3 letters")]
    [InlineData("#in*", 1, "at least 3 letters")]
    [InlineData("*home", 1, "at least 3 letters")]
    [InlineData("ab?c", 1, "at least 3 letters")]
    [InlineData("\"sinyal le*\"", 9, "at least 3 letters")] // inside a phrase: the column of the word
    [InlineData("\"sinyal  le*\"", 10, "at least 3 letters")]
    [InlineData("{indi*}", 1, "Wildcards cannot be used inside")]
    [InlineData("kata-*", 1, "one word")]
    [InlineData("indi.home*", 1, "one word")]
    public void Wildcard_errors(string query, int column, string reason)
    {
        var error = Error(query);

        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("foo:bar", 1, 4, "Unknown field 'foo:'")]
    [InlineData("nusantel jam:10", 10, 4, "Unknown field 'jam:'")]
    [InlineData("nusantel (Text:promo)", 11, 5, "Unknown field 'Text:'")]
    [InlineData("source:twitter", 8, 7, "Unknown source 'twitter'")]
    [InlineData("source:(x OR tiktok)", 14, 6, "Unknown source 'tiktok'")]
    [InlineData("lang:ind", 6, 3, "two-letter ISO 639-1")]
    [InlineData("lang:1d", 6, 2, "two-letter ISO 639-1")]
    [InlineData("nusantel lang:(id OR indonesian)", 22, 10, "two-letter ISO 639-1")]
    [InlineData("country:idn", 9, 3, "two-letter ISO 3166")]
    [InlineData("is:retweet", 4, 7, "is: can be reply, repost, quote")]
    [InlineData("site:detik", 6, 5, "needs a domain")]
    [InlineData("site:detik.com/", 6, 10, "needs a domain")]
    [InlineData("followers:1000", 11, 4, "needs a range")]
    [InlineData("followers:[a TO b]", 11, 8, "needs a range")]
    [InlineData("followers:[5000 TO 100]", 11, 13, "lowest first")]
    [InlineData("followers:[1000 - 5000]", 11, 13, "needs a range")]
    [InlineData("[1000 TO *]", 1, 11, "A range belongs after followers:")]
    [InlineData("title: promo", 1, 6, "title: needs a value right after it")]
    [InlineData("nusantel title:", 10, 6, "title: needs a value right after it")]
    [InlineData("(title:)", 2, 6, "title: needs a value right after it")]
    [InlineData("lang:(id AND en)", 10, 3, "can only be joined by OR")]
    [InlineData("lang:(id en)", 10, 2, "can only be joined by OR")]
    [InlineData("lang:(id OR en", 6, 1, "never closed")]
    [InlineData("lang:-id", 6, 1, "lang: needs a value")]
    [InlineData("title:(author:budi)", 8, 1, "Fields cannot be nested")]
    [InlineData("title:(promo OR lang:id)", 8, 1, "Fields cannot be nested")]
    public void Field_errors(string query, int column, int length, string reason)
    {
        var error = Error(query);

        Assert.Equal(column, error.Column);
        Assert.Equal(length, error.Length);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nusantel AND", 10, "AND needs something on its right")]
    [InlineData("nusantel OR", 10, "OR needs something on its right")]
    [InlineData("nusantel NOT", 10, "NOT needs something on its right")]
    [InlineData("nusantel AND OR promo", 10, "AND needs something on its right")]
    [InlineData("nusantel OR OR promo", 10, "OR needs something on its right")]
    [InlineData("(nusantel AND) promo", 11, "AND needs something on its right")]
    [InlineData("AND nusantel", 1, "AND needs something on its left")]
    [InlineData("OR nusantel", 1, "OR needs something on its left")]
    [InlineData("nusantel (OR promo)", 11, "OR needs something on its left")]
    [InlineData("nusantel - promo", 10, "'-' must be written right before")]
    [InlineData("nusantel -", 10, "'-' must be written right before")]
    [InlineData("(nusantel -)", 11, "'-' must be written right before")]
    public void Operator_errors(string query, int column, string reason)
    {
        var error = Error(query);

        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_may_be_2000_characters_long_and_no_longer()
    {
        var longest = "nusantel " + new string('a', QueryParser.MaxLength - 9);
        Assert.Equal(QueryParser.MaxLength, longest.Length);
        _ = QueryParser.Parse(longest);

        var error = Error(longest + "a");
        Assert.Equal((2001, 1), (error.Column, error.Length));
        Assert.Contains("longer than 2,000 characters", error.Reason, StringComparison.Ordinal);

        Assert.Equal((2001, 3000), (Error(new string('a', 5000)).Column, Error(new string('a', 5000)).Length));
    }

    [Fact]
    public void A_query_may_have_300_operators_and_no_more()
    {
        // Juxtaposition counts as AND: 301 words have 300 operators.
        _ = QueryParser.Parse(string.Join(' ', Enumerable.Repeat("a", 301)));

        var error = Error(string.Join(' ', Enumerable.Repeat("a", 302)));
        Assert.Equal(603, error.Column); // the 302nd word, whose implicit AND is the 301st operator
        Assert.Contains("more than 300 operators", error.Reason, StringComparison.Ordinal);

        var ors = string.Join(" OR ", Enumerable.Repeat("ab", 302)); // "ab OR ab OR …": the 301st OR
        Assert.Equal((300 * 6) + 4, Error(ors).Column);

        var nots = "a " + string.Join(' ', Enumerable.Repeat("-b", 150)); // 150 ANDs and 150 NOTs
        _ = QueryParser.Parse(nots);
        Assert.Contains("more than 300 operators", Error(nots + " c").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_names_the_reason_and_the_column()
    {
        var error = Error("nusantel sinyal NEAR/5");

        Assert.Equal("NEAR/5 needs something on its right, column 17", error.Message);
        Assert.Equal(6, error.Length);
        var exception = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse("nusantel sinyal NEAR/5"));
        Assert.IsAssignableFrom<FormatException>(exception);
        Assert.Equal(error.Message, exception.Message);
    }

    [Fact]
    public void TryParse_reports_instead_of_throwing()
    {
        Assert.True(QueryParser.TryParse("nusantel -promo", out var parsed, out var error));
        Assert.Null(error);
        Assert.Equal("nusantel -promo", parsed!.Text);
        Assert.Equal("(AND nusantel (NOT promo))", QueryTree.Show(parsed.Root));

        Assert.False(QueryParser.TryParse("(a OR b", out parsed, out error));
        Assert.Null(parsed);
        Assert.Equal(1, error!.Column);
    }

    [Fact]
    public void Parse_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => QueryParser.Parse(null!));
    }

    [Fact]
    public void Random_queries_parse_or_fail_with_a_column_inside_the_query()
    {
        var random = new Random(7);
        string[] pieces =
        [
            "a", "nusantel", "AND", "OR", "NOT", "-", "(", ")", "\"", "{", "}", "[", "]", "NEAR/2", "ONEAR/0", "NEAR", "title:", "author:",
            "site:", "lang:", "followers:", "is:", "*", "?", "~2", "#", "@", ":", " ", " ", " ", "𝐍", "\uD800", "kata2", "TO", "ind*",
        ];
        for (var n = 0; n < 2000; n++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (!QueryParser.TryParse(query, out _, out var error))
            {
                Assert.InRange(error!.Column, 1, query.Length + 1);
                Assert.InRange(error.Length, 1, query.Length + 1);
            }
        }
    }
}
