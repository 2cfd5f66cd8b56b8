using System.Diagnostics;
using System.Text;
using Pantau.Core.Text;

namespace Pantau.Core.Tests.Text;

public sealed class TextNormaliserTests
{
    private static (string Text, TokenKind Kind)[] Read(string text) =>
        TextNormaliser.Tokenise(text).Select(t => (t.Text, t.Kind)).ToArray();

    private static string[] Texts(string text) => TextNormaliser.Tokenise(text).Select(t => t.Text).ToArray();

    /// <summary>The characters of the original text a token covers: what a highlight shows.</summary>
    private static string Covered(string text, Token token) => text.Substring(token.Start, token.Length);

    // ---- Fold ----

    [Theory]
    [InlineData("ＴＥＬＫＯＭＳＥＬ", "telkomsel")] // fullwidth letters (NFKC)
    [InlineData("ｉｎｄｉｈｏｍｅ ２０２６", "indihome 2026")] // fullwidth digits and letters
    [InlineData("ﬁber", "fiber")] // ligature (NFKC)
    [InlineData("𝐏𝐫𝐨𝐦𝐨", "promo")] // mathematical bold letters, popular in spam (NFKC)
    [InlineData("𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥", "nusantel")]
    [InlineData("Ⓝⓤⓢⓐⓝⓣⓔⓛ", "nusantel")] // circled letters
    [InlineData("𝓝𝓾𝓼𝓪𝓷𝓽𝓮𝓵", "nusantel")] // bold script
    [InlineData("café", "cafe")] // precomposed accent
    [InlineData("cafe\u0301", "cafe")] // combining accent
    [InlineData("Ñandú Über", "nandu uber")]
    [InlineData("İstanbul", "istanbul")] // dotted capital I loses its dot
    [InlineData("SANGAT Kecewa", "sangat kecewa")]
    public void Fold_applies_compatibility_forms_case_and_accents(string input, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Fold(input));
    }

    [Theory]
    [InlineData("  halo   dunia  ", "halo dunia")]
    [InlineData("halo\t\r\ndunia", "halo dunia")]
    [InlineData("halo\u00a0\u2003dunia", "halo dunia")] // no-break space, em space
    [InlineData("halo\u0000\u0007dunia", "halo dunia")] // control characters separate words
    [InlineData("ha\u200blo", "halo")] // zero-width space (a format character) is dropped
    [InlineData("\n\n", "")]
    [InlineData("", "")]
    public void Fold_collapses_whitespace_and_control_characters(string input, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Fold(input));
    }

    [Theory]
    [InlineData("Ｔｅｌｋｏｍｓｅｌ  LEMOT bgt!! café 😡")]
    [InlineData("Sinyal @IndiHome   #GANGGUAN https://Example.com/A")]
    [InlineData("𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥 Ⓝⓤⓢⓐⓝⓣⓔⓛ kata2 👍🏽")]
    public void Fold_is_idempotent(string input)
    {
        var once = TextNormaliser.Fold(input);
        Assert.Equal(once, TextNormaliser.Fold(once));
    }

    [Fact]
    public void Fold_keeps_emoji_and_drops_skin_tones()
    {
        Assert.Equal("mantap 😍", TextNormaliser.Fold("Mantap 😍"));
        Assert.Equal("👍", TextNormaliser.Fold("👍🏽"));
    }

    [Fact]
    public void Fold_and_Tokenise_reject_null()
    {
        Assert.Throws<ArgumentNullException>(() => TextNormaliser.Fold(null!));
        Assert.Throws<ArgumentNullException>(() => TextNormaliser.Tokenise(null!));
        Assert.Throws<ArgumentNullException>(() => TextNormaliser.Squeeze(null!));
    }

    [Fact]
    public void FoldCased_keeps_case_and_folds_one_character()
    {
        Assert.Equal("N", TextNormaliser.FoldCased(new Rune(0x1D40D))); // mathematical bold capital N
        Assert.Equal("n", TextNormaliser.FoldCased(new Rune(0x1D427))); // mathematical bold small n
        Assert.Equal("E", TextNormaliser.FoldCased(new Rune('É')));
        Assert.Equal(string.Empty, TextNormaliser.FoldCased(new Rune(0x1F3FD))); // skin tone
        Assert.Equal(string.Empty, TextNormaliser.FoldCased(new Rune(0x200B))); // zero-width space
    }

    // ---- Words ----

    [Fact]
    public void Tokenise_splits_words_on_punctuation()
    {
        var tokens = TextNormaliser.Tokenise("sinyal lemot, parah!!! kenapa?ya");

        Assert.Equal(["sinyal", "lemot", "parah", "kenapa", "ya"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
    }

    [Fact]
    public void Tokenise_locates_each_token_in_the_original_text()
    {
        const string text = "Sinyal LEMOT, parah!";
        var tokens = TextNormaliser.Tokenise(text);

        Assert.Equal([(0, 6), (7, 5), (14, 5)], tokens.Select(t => (t.Start, t.Length)));
        Assert.Equal(["Sinyal", "LEMOT", "parah"], tokens.Select(t => Covered(text, t)));
    }

    [Fact]
    public void Tokenise_keeps_the_cased_form_only_when_it_differs()
    {
        var tokens = TextNormaliser.Tokenise("BNI bni Bni café Café");

        Assert.Equal(["bni", "bni", "bni", "cafe", "cafe"], tokens.Select(t => t.Text));
        Assert.Equal(["BNI", null, "Bni", null, "Cafe"], tokens.Select(t => t.Cased));
        Assert.Equal(["BNI", "bni", "Bni", "cafe", "Cafe"], tokens.Select(t => t.CasedText));
    }

    [Fact]
    public void Tokenise_reads_combining_accents_as_part_of_the_word()
    {
        const string text = "cafe\u0301 enak";
        var tokens = TextNormaliser.Tokenise(text);

        Assert.Equal(["cafe", "enak"], tokens.Select(t => t.Text));
        Assert.Equal((0, 5), (tokens[0].Start, tokens[0].Length)); // the accent is highlighted with its letter
        Assert.Equal((6, 4), (tokens[1].Start, tokens[1].Length));
        Assert.Equal("ha\u200blo", Covered("ha\u200blo", TextNormaliser.Tokenise("ha\u200blo").Single())); // zero-width space joins
    }

    [Fact]
    public void Tokenise_keeps_letters_of_other_scripts_and_digits()
    {
        Assert.Equal(
            [("paket", TokenKind.Word), ("50gb", TokenKind.Word), ("ꦗꦮ", TokenKind.Word), ("日本", TokenKind.Word), ("١٢٣", TokenKind.Number)],
            Read("Paket 50GB ꦗꦮ 日本 ١٢٣"));
    }

    // ---- Styled letters ----

    [Theory]
    [InlineData("𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥", "Nusantel")] // mathematical bold: two UTF-16 units per letter
    [InlineData("ＮＵＳＡＮＴＥＬ", "NUSANTEL")] // fullwidth
    [InlineData("Ⓝⓤⓢⓐⓝⓣⓔⓛ", "Nusantel")] // circled
    [InlineData("𝘕𝘶𝘴𝘢𝘯𝘵𝘦𝘭", "Nusantel")] // sans-serif italic
    public void Tokenise_reads_styled_letters_as_plain_letters(string styled, string cased)
    {
        var text = "cek " + styled + "!";
        var token = TextNormaliser.Tokenise(text)[1];

        Assert.Equal("nusantel", token.Text);
        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Equal(cased, token.CasedText);
        Assert.Equal(4, token.Start);
        Assert.Equal(styled.Length, token.Length);
        Assert.Equal(styled, Covered(text, token));
    }

    [Fact]
    public void Tokenise_reads_a_styled_hashtag()
    {
        const string text = "#𝐏𝐫𝐨𝐦𝐨 hari ini";
        var token = TextNormaliser.Tokenise(text)[0];

        Assert.Equal(("promo", TokenKind.Hashtag), (token.Text, token.Kind));
        Assert.Equal("#𝐏𝐫𝐨𝐦𝐨", Covered(text, token));
    }

    // ---- Elongation ----

    [Theory]
    [InlineData("lemooot", "lemot")]
    [InlineData("maaaaf", "maf")] // squeezing writes every repeated letter once
    [InlineData("kecewaaa", "kecewa")]
    [InlineData("mantaaap", "mantap")]
    [InlineData("sinyaaal", "sinyal")]
    [InlineData("zzz", "z")]
    [InlineData("LEMOOOT", "lemot")]
    [InlineData("promooo", "promo")]
    public void Tokenise_squeezes_elongated_words(string word, string squeezed)
    {
        var token = TextNormaliser.Tokenise(word).Single();

        Assert.Equal(word.ToLowerInvariant(), token.Text);
        Assert.Equal(squeezed, token.Squeezed);
        Assert.Equal((0, word.Length), (token.Start, token.Length));
    }

    [Theory]
    [InlineData("maaf")] // a doubled letter is spelling, not elongation
    [InlineData("saat")]
    [InlineData("taat")]
    [InlineData("lemot")]
    [InlineData("wkwkwk")]
    [InlineData("hahaha")]
    [InlineData("1000000")] // digits are not letters
    [InlineData("50.000")]
    [InlineData("___")]
    public void Tokenise_does_not_squeeze_words_that_are_not_elongated(string word)
    {
        Assert.All(TextNormaliser.Tokenise(word), t => Assert.Null(t.Squeezed));
    }

    [Fact]
    public void Tokenise_squeezes_elongated_hashtags_and_mentions()
    {
        var tokens = TextNormaliser.Tokenise("#Mantaaap @nusanteeel");

        Assert.Equal([("mantaaap", "mantap"), ("nusanteeel", "nusantel")], tokens.Select(t => (t.Text, t.Squeezed)));
        Assert.Equal([TokenKind.Hashtag, TokenKind.Mention], tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("lemooot", true)]
    [InlineData("maaf", false)]
    [InlineData("saat", false)]
    [InlineData("111", false)]
    [InlineData("a", false)]
    [InlineData("", false)]
    public void IsElongated_needs_a_letter_three_times_in_a_row(string word, bool expected)
    {
        Assert.Equal(expected, TextNormaliser.IsElongated(word));
    }

    [Theory]
    [InlineData("lemooot", "lemot")]
    [InlineData("lemot", "lemot")]
    [InlineData("maaf", "maf")]
    [InlineData("saat", "sat")]
    [InlineData("1000", "1000")] // digits are kept
    [InlineData("", "")]
    public void Squeeze_writes_every_run_of_a_repeated_letter_once(string word, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Squeeze(word));
    }

    // ---- Reduplication ----

    [Fact]
    public void Tokenise_reads_kata2_as_the_word_twice_over_the_same_characters()
    {
        const string text = "anak2 main Kata2";
        var tokens = TextNormaliser.Tokenise(text);

        Assert.Equal(["anak", "anak", "main", "kata", "kata"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
        Assert.Equal([(0, 5), (0, 5), (6, 4), (11, 5), (11, 5)], tokens.Select(t => (t.Start, t.Length)));
        Assert.Equal("Kata", tokens[3].Cased);
        Assert.Equal("Kata2", Covered(text, tokens[4]));
    }

    [Fact]
    public void Tokenise_splits_kata_kata_on_the_hyphen()
    {
        const string text = "Kata-kata mutiara";
        var tokens = TextNormaliser.Tokenise(text);

        Assert.Equal(["kata", "kata", "mutiara"], tokens.Select(t => t.Text));
        Assert.Equal([(0, 4), (5, 4), (10, 7)], tokens.Select(t => (t.Start, t.Length)));
    }

    [Theory]
    [InlineData("abc2", new[] { "abc", "abc" })] // three letters are enough
    [InlineData("ab2", new[] { "ab2" })]
    [InlineData("kata22", new[] { "kata22" })]
    [InlineData("mi3", new[] { "mi3" })] // digits inside words are kept
    [InlineData("4g", new[] { "4g" })]
    [InlineData("note2s", new[] { "note2s" })]
    [InlineData("#kata2", new[] { "kata2" })] // a hashtag is one name
    [InlineData("kataaa2", new[] { "kataaa", "kataaa" })]
    public void Tokenise_reduplicates_only_three_or_more_letters_and_a_final_2(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(text));
    }

    [Fact]
    public void Reduplicated_elongated_words_are_squeezed()
    {
        Assert.All(TextNormaliser.Tokenise("kataaa2"), t => Assert.Equal("kata", t.Squeezed));
    }

    // ---- Numbers ----

    [Theory]
    [InlineData("50.000", "50.000")]
    [InlineData("1,5", "1,5")]
    [InlineData("2026", "2026")]
    [InlineData("1.500.000,00", "1.500.000,00")]
    [InlineData("５０", "50")] // fullwidth digits
    public void Tokenise_reads_numbers_with_separators_between_digits(string text, string expected)
    {
        var token = TextNormaliser.Tokenise(text).Single();

        Assert.Equal((expected, TokenKind.Number), (token.Text, token.Kind));
        Assert.Equal((0, text.Length), (token.Start, token.Length));
    }

    [Fact]
    public void A_separator_joins_digits_only_between_digits()
    {
        Assert.Equal([("harga", TokenKind.Word), ("50.000", TokenKind.Number), ("saja", TokenKind.Word)], Read("harga 50.000. saja"));
        Assert.Equal([("jam", TokenKind.Word), ("10", TokenKind.Number), ("sinyal", TokenKind.Word)], Read("jam 10,sinyal"));
        Assert.Equal([("50", TokenKind.Number), ("murah", TokenKind.Word)], Read("50.murah"));
        Assert.Equal([("1.5gb", TokenKind.Word)], Read("1.5GB")); // digits inside words are kept
        Assert.Equal([("v1", TokenKind.Word), ("2", TokenKind.Number)], Read("v1.2"));
        Assert.Equal([("paket", TokenKind.Word), ("50gb", TokenKind.Word)], Read("paket 50GB"));
    }

    // ---- Hashtags and mentions ----

    [Fact]
    public void Tokenise_recognises_hashtags_and_mentions_without_their_sign()
    {
        const string text = "halo @telkomsel kenapa #gangguan lagi";
        var tokens = TextNormaliser.Tokenise(text);

        Assert.Equal(
            [("halo", TokenKind.Word), ("telkomsel", TokenKind.Mention), ("kenapa", TokenKind.Word), ("gangguan", TokenKind.Hashtag), ("lagi", TokenKind.Word)],
            tokens.Select(t => (t.Text, t.Kind)));
        Assert.Equal(["halo", "@telkomsel", "kenapa", "#gangguan", "lagi"], tokens.Select(t => Covered(text, t)));
    }

    [Fact]
    public void Tokenise_keeps_dots_and_underscores_inside_handles_and_hashtags()
    {
        const string text = "cc @budi.santoso_ #promo_akhir_tahun. ok";
        var tokens = TextNormaliser.Tokenise(text);

        Assert.Equal(
            [("cc", TokenKind.Word), ("budi.santoso_", TokenKind.Mention), ("promo_akhir_tahun", TokenKind.Hashtag), ("ok", TokenKind.Word)],
            tokens.Select(t => (t.Text, t.Kind)));
        Assert.Equal("#promo_akhir_tahun", Covered(text, tokens[2])); // the trailing dot is punctuation
    }

    [Fact]
    public void Dots_do_not_join_plain_words()
    {
        Assert.Equal([("budi", TokenKind.Word), ("santoso", TokenKind.Word)], Read("budi.santoso"));
    }

    [Theory]
    [InlineData("# @ ##promo a@", new[] { "promo/Hashtag", "a/Word" })]
    [InlineData("email@domain.com", new[] { "email/Word", "domain/Word", "com/Word" })] // '@' after a word is not a mention
    [InlineData("a#b", new[] { "a/Word", "b/Word" })]
    [InlineData("(#promo)", new[] { "promo/Hashtag" })]
    [InlineData("#2026", new[] { "2026/Hashtag" })]
    [InlineData("@Nusantel!", new[] { "nusantel/Mention" })]
    [InlineData("# promo", new[] { "promo/Word" })] // a sign followed by a space starts nothing
    public void A_sign_starts_a_hashtag_or_mention_only_when_not_after_a_word(string text, string[] expected)
    {
        Assert.Equal(expected, TextNormaliser.Tokenise(text).Select(t => $"{t.Text}/{t.Kind}"));
    }

    [Fact]
    public void Mentions_keep_their_case()
    {
        var token = TextNormaliser.Tokenise("@NusantelCare").Single();

        Assert.Equal(("nusantelcare", "NusantelCare"), (token.Text, token.Cased));
    }

    // ---- URLs and emoji ----

    [Theory]
    [InlineData("cek https://telkomsel.com/promo/kuota dong", "https://telkomsel.com/promo/kuota", 4)]
    [InlineData("cek HTTP://T.co/ABC?x=telkomsel", "http://t.co/abc?x=telkomsel", 4)]
    [InlineData("www.telkomsel.com katanya", "www.telkomsel.com", 0)]
    [InlineData("link:https://bit.ly/x selesai", "https://bit.ly/x", 5)]
    [InlineData("(lihat www.detik.com).", "www.detik.com", 7)] // closing punctuation is not part of the address
    [InlineData("buka https://detik.com/a, lalu", "https://detik.com/a", 5)]
    public void Tokenise_reads_a_url_as_one_token(string text, string url, int start)
    {
        var token = TextNormaliser.Tokenise(text).Single(t => t.Kind == TokenKind.Url);

        Assert.Equal(url, token.Text);
        Assert.Equal(start, token.Start);
        Assert.Equal(url, TextNormaliser.Fold(Covered(text, token)));
    }

    [Fact]
    public void Words_around_a_url_are_kept_and_its_parts_are_not_words()
    {
        Assert.Equal(
            [("cek", TokenKind.Word), ("https://telkomsel.com/promo", TokenKind.Url), ("dong", TokenKind.Word)],
            Read("cek https://telkomsel.com/promo dong"));
        Assert.Equal([("kewww", TokenKind.Word), ("detik", TokenKind.Word), ("com", TokenKind.Word)], Read("kewww.detik.com")); // not at a word start
    }

    [Fact]
    public void Tokenise_reads_each_emoji_as_a_token_without_skin_tone()
    {
        const string text = "😡😡 Sinyal👎lemot 🙏🏽 #parah🔥";
        var tokens = TextNormaliser.Tokenise(text);

        Assert.Equal(
            [
                ("😡", TokenKind.Emoji), ("😡", TokenKind.Emoji), ("sinyal", TokenKind.Word), ("👎", TokenKind.Emoji), ("lemot", TokenKind.Word),
                ("🙏", TokenKind.Emoji), ("parah", TokenKind.Hashtag), ("🔥", TokenKind.Emoji),
            ],
            tokens.Select(t => (t.Text, t.Kind)));
        Assert.Equal([0, 2, 5, 11, 13, 19, 24, 30], tokens.Select(t => t.Start));
        Assert.Equal("🙏🏽", Covered(text, tokens[5])); // the skin tone is highlighted with its emoji
    }

    [Fact]
    public void A_variation_selector_is_read_but_not_kept_in_the_emoji()
    {
        var tokens = TextNormaliser.Tokenise("❤️ ok");

        Assert.Equal(("❤", TokenKind.Emoji, 0, 2), (tokens[0].Text, tokens[0].Kind, tokens[0].Start, tokens[0].Length));
        Assert.Equal(3, tokens[1].Start);
    }

    [Fact]
    public void Tokenise_of_empty_or_punctuation_only_text_is_empty()
    {
        Assert.Empty(TextNormaliser.Tokenise(""));
        Assert.Empty(TextNormaliser.Tokenise("   \n\t"));
        Assert.Empty(TextNormaliser.Tokenise("!!! ... ?!"));
        Assert.Equal([("😂", TokenKind.Emoji)], Read("!!! 😂"));
    }

    // ---- Invariants and hostile input ----

    public static TheoryData<string> Samples =>
    [
        "Sinyal 𝐍𝐮𝐬𝐚𝐧𝐭𝐞𝐥 LEMOOOT parah!! #IndiHome @budi.santoso kata2 https://detik.com/x 50.000 😡🏽",
        "ＮＵＳＡＮＴＥＬ Ⓝⓤⓢⓐⓝⓣⓔⓛ café cafe\u0301 ﬁber Kata-kata anak2 ❤️ www.kompas.com.",
        "email@domain.com a#b ##promo # @ v1.2 mi3 4G ١٢٣ 日本 ꦗꦮ",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_token_covers_the_characters_it_was_read_from(string text)
    {
        var tokens = TextNormaliser.Tokenise(text);
        var previousStart = 0;
        foreach (var token in tokens)
        {
            Assert.InRange(token.Start, previousStart, text.Length - 1);
            Assert.InRange(token.Length, 1, text.Length - token.Start);
            previousStart = token.Start;

            var folded = TextNormaliser.Fold(Covered(text, token));
            var expected = token.Kind switch
            {
                TokenKind.Hashtag => "#" + token.Text,
                TokenKind.Mention => "@" + token.Text,
                _ => token.Text,
            };
            if (token.Kind == TokenKind.Word && Covered(text, token).EndsWith('2') && !token.Text.EndsWith('2'))
            {
                expected += "2"; // kata2
            }

            Assert.Equal(expected, folded);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Tokenising_folded_text_reads_the_same_words(string text)
    {
        Assert.Equal(Texts(text), Texts(TextNormaliser.Fold(text)));
    }

    [Fact]
    public void A_100000_character_word_is_read_as_one_bounded_token()
    {
        var text = "awal " + new string('a', 100_000) + " akhir";
        var stopwatch = Stopwatch.StartNew();
        var tokens = TextNormaliser.Tokenise(text);
        stopwatch.Stop();

        Assert.Equal(["awal", new string('a', TextNormaliser.MaxTokenLength), "akhir"], tokens.Select(t => t.Text));
        Assert.Equal((5, 100_000), (tokens[1].Start, tokens[1].Length)); // the whole run is highlighted
        Assert.Equal("a", tokens[1].Squeezed);
        Assert.Equal(100_006, tokens[2].Start);
        Assert.True(stopwatch.ElapsedMilliseconds < 1000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Long_runs_of_every_kind_never_throw()
    {
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("ab", 50_000)),
            new string('#', 100_000),
            new string('@', 100_000),
            "#" + new string('x', 100_000),
            "@" + string.Join('.', Enumerable.Repeat("budi", 20_000)),
            string.Join('.', Enumerable.Repeat("123", 30_000)),
            "https://" + new string('x', 100_000),
            string.Concat(Enumerable.Repeat("𝐍", 50_000)),
            string.Concat(Enumerable.Repeat("😡", 50_000)),
            "a" + new string('\u0301', 100_000),
            new string('\u200b', 100_000),
            string.Concat(Enumerable.Repeat("kata2 ", 10_000)),
        ];
        foreach (var text in texts)
        {
            var tokens = TextNormaliser.Tokenise(text);
            Assert.All(tokens, t =>
            {
                Assert.InRange(t.Text.Length, 1, TextNormaliser.MaxTokenLength);
                Assert.InRange(t.Start + t.Length, 1, text.Length);
            });
            _ = TextNormaliser.Fold(text);
        }
    }

    [Fact]
    public void Lone_surrogates_separate_words_and_never_throw()
    {
        // Built in code: theory data would not survive serialisation with lone surrogates in it.
        (string Text, string[] Expected)[] cases =
        [
            ("a\uD800b", ["a", "b"]), // lone high surrogate
            ("a\uDC00b", ["a", "b"]), // lone low surrogate
            ("\uD83D", []), // high surrogate at the end
            ("\uDE00\uD83D", []), // a pair in the wrong order
            ("sinyal\uD83D lemot", ["sinyal", "lemot"]),
            ("#\uDC00", []),
        ];
        foreach (var (text, expected) in cases)
        {
            Assert.Equal(expected, Texts(text));
            Assert.NotNull(TextNormaliser.Fold(text));
        }
    }

    [Fact]
    public void Random_text_never_throws_and_every_token_is_inside_the_text()
    {
        var random = new Random(4242);
        string[] pieces = ["a", "Z", "2", ".", ",", "#", "@", "-", " ", "\n", "http://", "www.", "😡", "🏽", "\u0301", "\u200b", "𝐍", "Ⓝ", "ß", "İ", "ﬁ", "_", "\uD800", "\uDC00", "٣"];
        for (var n = 0; n < 300; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 60);
            for (var i = 0; i < length; i++)
            {
                builder.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            var tokens = TextNormaliser.Tokenise(text);
            Assert.All(tokens, t =>
            {
                Assert.NotEmpty(t.Text);
                Assert.True(t.Start >= 0 && t.Length > 0 && t.Start + t.Length <= text.Length, $"token {t} outside {text.Length} chars");
            });
            _ = TextNormaliser.Fold(text);
        }
    }
}
