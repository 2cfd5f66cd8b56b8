using Pantau.Core.Text;

namespace Pantau.Core.Tests.Text;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("ＴＥＬＫＯＭＳＥＬ", "telkomsel")] // fullwidth letters (NFKC)
    [InlineData("ｉｎｄｉｈｏｍｅ ２０２６", "indihome 2026")] // fullwidth digits and letters
    [InlineData("ﬁber", "fiber")] // ligature (NFKC)
    [InlineData("𝐏𝐫𝐨𝐦𝐨", "promo")] // mathematical bold letters, popular in spam (NFKC)
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
    public void Fold_is_idempotent(string input)
    {
        var once = TextNormaliser.Fold(input);
        Assert.Equal(once, TextNormaliser.Fold(once));
    }

    [Fact]
    public void Fold_keeps_emoji_in_the_text()
    {
        Assert.Equal("mantap 😍", TextNormaliser.Fold("Mantap 😍"));
    }

    [Fact]
    public void Fold_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => TextNormaliser.Fold(null!));
    }

    [Fact]
    public void Tokenise_splits_words_on_punctuation()
    {
        var tokens = TextNormaliser.Tokenise("sinyal lemot, parah!!! kenapa?ya");

        Assert.Equal(["sinyal", "lemot", "parah", "kenapa", "ya"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
    }

    [Fact]
    public void Tokenise_recognises_hashtags_and_mentions_without_their_sign()
    {
        var tokens = TextNormaliser.Tokenise("halo @telkomsel kenapa #gangguan lagi");

        Assert.Equal(
            [
                new Token("halo", TokenKind.Word),
                new Token("telkomsel", TokenKind.Mention),
                new Token("kenapa", TokenKind.Word),
                new Token("gangguan", TokenKind.Hashtag),
                new Token("lagi", TokenKind.Word),
            ],
            tokens);
    }

    [Fact]
    public void Tokenise_keeps_dots_and_underscores_inside_handles_and_hashtags()
    {
        var tokens = TextNormaliser.Tokenise("cc @budi.santoso_ #promo_akhir_tahun. ok");

        Assert.Equal(
            [
                new Token("cc", TokenKind.Word),
                new Token("budi.santoso_", TokenKind.Mention),
                new Token("promo_akhir_tahun", TokenKind.Hashtag),
                new Token("ok", TokenKind.Word),
            ],
            tokens);
    }

    [Fact]
    public void Tokenise_treats_a_lone_sign_as_punctuation()
    {
        var tokens = TextNormaliser.Tokenise("# @ ##promo a@");

        Assert.Equal([new Token("promo", TokenKind.Hashtag), new Token("a", TokenKind.Word)], tokens);
    }

    [Theory]
    [InlineData("cek https://telkomsel.com/promo/kuota dong", new[] { "cek", "dong" })]
    [InlineData("cek http://t.co/abc?x=telkomsel", new[] { "cek" })]
    [InlineData("www.telkomsel.com katanya", new[] { "katanya" })]
    [InlineData("link:https://bit.ly/x selesai", new[] { "link", "selesai" })]
    public void Tokenise_skips_urls(string folded, string[] expected)
    {
        Assert.Equal(expected, TextNormaliser.Tokenise(folded).Select(t => t.Text));
    }

    [Fact]
    public void Tokenise_ignores_emoji()
    {
        var tokens = TextNormaliser.Tokenise(TextNormaliser.Fold("😡😡 Sinyal👎lemot 🙏🏽 #parah🔥"));

        Assert.Equal(
            [new Token("sinyal", TokenKind.Word), new Token("lemot", TokenKind.Word), new Token("parah", TokenKind.Hashtag)],
            tokens);
    }

    [Fact]
    public void Tokenise_keeps_letters_of_other_scripts_and_digits()
    {
        var tokens = TextNormaliser.Tokenise(TextNormaliser.Fold("Paket 50GB ꦗꦮ 日本 ١٢٣"));

        Assert.Equal(["paket", "50gb", "ꦗꦮ", "日本", "١٢٣"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenise_of_empty_text_is_empty()
    {
        Assert.Empty(TextNormaliser.Tokenise(""));
        Assert.Empty(TextNormaliser.Tokenise("!!! ... 😂"));
    }
}
