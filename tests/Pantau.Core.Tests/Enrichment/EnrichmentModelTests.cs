using Pantau.Core.Enrichment;

namespace Pantau.Core.Tests.Enrichment;

/// <summary>The shipped models on the cases the enrichment issue names: how a user meets them, one text at a time.</summary>
public sealed class EnrichmentModelTests
{
    private static readonly EnrichmentModels Models = ShippedModels.Instance;

    private static TextAnalysis Analyze(string text) => Models.Analyze(TextView.Read(text, Models.Sentiment.Lexicon));

    [Theory]
    [InlineData("mantap, 3 hari internet mati 👍")]
    [InlineData("makasih loh udah bikin saya nunggu 2 jam")]
    [InlineData("hebat ya, paket nyasar lagi untuk ketiga kalinya")]
    public void Sarcasm_reads_negative_and_says_so(string text)
    {
        var result = Analyze(text).Sentiment;
        Assert.Equal(Sentiment.Negative, result.Sentiment);
        Assert.True(result.Score < 0);
        Assert.Contains(result.Explanation, e => e.StartsWith("sarcasm", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pelayanannya tidak bagus", Sentiment.Negative)]
    [InlineData("aplikasinya gak jelek kok, lumayan", Sentiment.Positive)]
    [InlineData("kurang puas sama hasilnya", Sentiment.Negative)]
    [InlineData("belum pernah kecewa belanja di sini", Sentiment.Positive)]
    [InlineData("This is not good at all", Sentiment.Negative)]
    public void Negation_flips_what_it_scopes(string text, Sentiment expected) =>
        Assert.Equal(expected, Analyze(text).Sentiment.Sentiment);

    [Fact]
    public void Negation_is_explained_with_its_negator()
    {
        var result = Analyze("pelayanannya tidak ramah").Sentiment;
        Assert.Equal(Sentiment.Negative, result.Sentiment);
        Assert.Contains("tidak ramah", result.Explanation);
    }

    [Fact]
    public void Intensifiers_strengthen_the_score()
    {
        var plain = Analyze("sinyalnya lemot").Sentiment.Score;
        var intense = Analyze("sinyalnya lemot banget parah").Sentiment.Score;
        Assert.True(plain < 0);
        Assert.True(intense <= plain, $"{intense} should be at most {plain}");
    }

    [Theory]
    [InlineData("gila enak banget kopinya", Sentiment.Positive)]
    [InlineData("parah sih ini keren pol", Sentiment.Positive)]
    [InlineData("parah, udah 3 jam nunggu gak ada kabar", Sentiment.Negative)]
    [InlineData("sakit hati banget sama pelayanannya", Sentiment.Negative)]
    public void Context_slang_takes_its_polarity_from_the_context(string text, Sentiment expected) =>
        Assert.Equal(expected, Analyze(text).Sentiment.Sentiment);

    [Fact]
    public void Elongated_words_read_as_their_plain_form()
    {
        var result = Analyze("sinyal lemooooot bangeeeet").Sentiment;
        Assert.Equal(Sentiment.Negative, result.Sentiment);
        Assert.Contains(result.Explanation, e => e.Contains("lemooooot", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kopinya 😍😍🔥", Sentiment.Positive)]
    [InlineData("paketku belum datang 😡😭", Sentiment.Negative)]
    [InlineData("delivery was late again :(", Sentiment.Negative)]
    [InlineData("Absolutely love the new app update, great job!", Sentiment.Positive)]
    [InlineData("The worst customer service I have ever had", Sentiment.Negative)]
    [InlineData("Bank Sentosa membuka kantor cabang baru di Medan hari ini", Sentiment.Neutral)]
    public void Emoji_emoticons_and_English(string text, Sentiment expected) =>
        Assert.Equal(expected, Analyze(text).Sentiment.Sentiment);

    [Fact]
    public void Scores_stay_in_range_and_neutral_text_has_no_explanation()
    {
        foreach (var text in new[] { "", "🙂", "a", new string('x', 5000), "bagus bagus bagus bagus bagus bagus bagus", "jelek jelek jelek jelek" })
        {
            var result = Analyze(text).Sentiment;
            Assert.InRange(result.Score, -1, 1);
            if (result.Sentiment == Sentiment.Neutral)
            {
                Assert.DoesNotContain(result.Explanation, e => !e.StartsWith("sarcasm", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("sinyal di rumah hilang terus dari pagi", "id")]
    [InlineData("my package has not arrived yet", "en")]
    [InlineData("sinyale ora ono blas ket esuk", "jv")]
    [InlineData("sinyal di bumi leungit wae ti isuk", "su")]
    [InlineData("kenapa bil telefon bimbit saya naik mendadak", "ms")]
    [InlineData("gue udah nunggu 2 jam, literally nobody answers", "id")]
    public void Language_of_a_short_post(string text, string expected) =>
        Assert.Equal(expected, Analyze(text).Language.Language);

    [Theory]
    [InlineData("https://example.com/a/b")]
    [InlineData("😍😍😍")]
    [InlineData("#nusantel @bank_sentosa")]
    [InlineData("12345 678")]
    public void No_words_no_language(string text) => Assert.Equal("und", Analyze(text).Language.Language);

    [Fact]
    public void Language_ignores_hashtags_mentions_and_links()
    {
        var plain = Analyze("sinyal di bumi leungit wae ti isuk").Language.Language;
        var decorated = Analyze("@nusantel sinyal di bumi leungit wae ti isuk #SignalLost #PleaseFixIt https://status.example.com/outage").Language.Language;
        Assert.Equal(plain, decorated);
    }

    [Theory]
    [InlineData("SLOT GACOR hari ini!! maxwin x500 deposit 10rb via dana, daftar di bit.ly/gacor88", true)]
    [InlineData("Pinjol cair 5 menit tanpa BI checking, WA 081234567890", true)]
    [InlineData("jual followers instagram aktif 1k cuma 15rb, dm aja", true)]
    [InlineData("Akun anda akan diblokir! Verifikasi sekarang di http://sentosa-verifikasi.example/login", true)]
    [InlineData("SELAMAT! anda pemenang hadiah 50jt dari giveaway, transfer biaya admin dulu ya", true)]
    [InlineData("sinyal nusantel lemot banget dari tadi pagi, tolong dicek", false)]
    [InlineData("kapan promo kopi senja mulai kak?", false)]
    public void Spam_is_found_and_complaints_are_not_spam(string text, bool spam)
    {
        var result = Analyze(text);
        Assert.Equal(spam, result.IsSpam);
        if (spam)
        {
            Assert.Equal(Intent.Other, result.Intent);
        }
    }

    [Theory]
    [InlineData("internet mati dari kemarin, tolong segera diperbaiki @nusantel", Intent.Complaint)]
    [InlineData("kapan sih gangguannya beres?? udah 2 hari", Intent.Complaint)]
    [InlineData("kak, cara ganti nomor hp di aplikasi gimana ya?", Intent.Question)]
    [InlineData("makasih CS nya ramah banget, masalah langsung beres", Intent.Praise)]
    [InlineData("Bank Sentosa resmikan kantor cabang baru di Medan", Intent.Other)]
    public void Intent_of_a_post(string text, Intent expected) => Assert.Equal(expected, Analyze(text).Intent);
}
