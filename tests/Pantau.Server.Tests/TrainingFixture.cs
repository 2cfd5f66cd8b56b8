using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pantau.Server.Tests;

/// <summary>
/// A tiny but complete copy of both training data layouts that <c>pantau train</c> reads: the shared public sets
/// (<c>--shared-data</c>) and the project's own data (<c>--data</c>), a few dozen made-up lines per file, so a test
/// can train every model in seconds without the real data (which CI does not have).
/// </summary>
internal sealed class TrainingFixture
{
    private static readonly string[] Sentiments = ["positive", "negative", "neutral"];

    private TrainingFixture(string root)
    {
        Root = root;
        SharedData = Path.Combine(root, "shared");
        ProjectData = Path.Combine(root, "data");
    }

    public string Root { get; }

    public string SharedData { get; }

    public string ProjectData { get; }

    /// <summary>Subjects, then positive, negative and neutral predicates, per language.</summary>
    private static readonly Dictionary<string, (string[] Subjects, string[][] Predicates)> Phrases = new(StringComparer.Ordinal)
    {
        ["id"] = (
            ["pelayanannya", "sinyalnya", "aplikasinya", "makanannya", "kurirnya", "tokonya"],
            [
                ["bagus sekali, saya puas", "cepat dan ramah, mantap", "enak banget, terima kasih"],
                ["lemot banget, kecewa", "buruk sekali, saya kecewa berat", "error terus, parah"],
                ["dibahas di rapat besok", "buka jam sembilan pagi", "ada di lantai dua"],
            ]),
        ["en"] = (
            ["the service", "the signal", "the food", "the shop"],
            [
                ["is great, I love it", "was amazing, thank you"],
                ["is terrible, so disappointed", "was awful and slow"],
                ["opens at nine tomorrow", "is on the second floor"],
            ]),
        ["jv"] = (
            ["pelayanane", "sinyale", "panganane", "tokone"],
            [
                ["apik tenan, aku seneng", "enak tenan, matur nuwun"],
                ["elek tenan, aku kuciwa", "alon banget, nggarai mangkel"],
                ["bukak jam songo esuk", "ana ing lantai loro"],
            ]),
        ["su"] = (
            ["palayananana", "sinyalna", "kadaharanana", "tokona"],
            [
                ["sae pisan, abdi resep", "raos pisan, hatur nuhun"],
                ["awon pisan, abdi kuciwa", "lambat pisan, ngaganggu"],
                ["dibuka tabuh salapan enjing", "aya di lantai dua"],
            ]),
        ["ms"] = (
            ["perkhidmatan kedai ini", "isyarat telefon bimbit", "makanan di restoran itu"],
            [
                ["memang bagus, saya berpuas hati", "sedap betul, terima kasih"],
                ["teruk betul, saya kecewa", "lambat sangat, menyusahkan"],
                ["dibuka pukul sembilan pagi", "ada di tingkat dua"],
            ]),
    };

    private static readonly Dictionary<string, string> NusaXFolders = new(StringComparer.Ordinal)
    {
        ["id"] = "indonesian", ["en"] = "english", ["jv"] = "javanese", ["su"] = "sundanese",
    };

    /// <summary>Writes both layouts under a new folder in <paramref name="parent"/>.</summary>
    public static TrainingFixture Write(string parent)
    {
        var fixture = new TrainingFixture(Path.Combine(parent, "fixture"));
        fixture.WriteShared();
        fixture.WriteProject();
        return fixture;
    }

    /// <summary>Every sentence of a language: (text, sentiment), in a fixed order.</summary>
    private static List<(string Text, string Sentiment)> Sentences(string language)
    {
        var (subjects, predicates) = Phrases[language];
        var list = new List<(string, string)>();
        foreach (var subject in subjects)
        {
            for (var s = 0; s < Sentiments.Length; s++)
            {
                list.AddRange(predicates[s].Select(p => (Capitalise(subject) + " " + p, Sentiments[s])));
            }
        }

        return list;
    }

    private void WriteShared()
    {
        var id = Sentences("id");
        Write(SharedData, "sentiment/smsa/train.tsv", id.Where((_, i) => i % 4 != 3).Select(t => $"{t.Text.ToLowerInvariant()}\t{t.Sentiment}"));
        Write(SharedData, "sentiment/smsa/valid.tsv", id.Where((_, i) => i % 4 == 3).Select(t => $"{t.Text.ToLowerInvariant()}\t{t.Sentiment}"));

        foreach (var (code, folder) in NusaXFolders)
        {
            var sentences = Sentences(code);
            Write(SharedData, $"sentiment/nusax/{folder}/train.csv", Csv(sentences.Where((_, i) => i % 4 != 1)));
            Write(SharedData, $"sentiment/nusax/{folder}/valid.csv", Csv(sentences.Where((_, i) => i % 4 == 1)));
        }

        Write(SharedData, "sentiment/vader/vader_lexicon.txt",
        [
            "great\t3.1\t0.7\t[3, 3, 4, 3, 3, 2, 4, 3, 3, 3]",
            "love\t3.2\t0.4\t[3, 3, 4, 3, 3, 3, 4, 3, 3, 3]",
            "amazing\t2.8\t0.6\t[3, 3, 2, 3, 3, 2, 4, 3, 3, 2]",
            "thank\t1.5\t0.5\t[1, 2, 1, 2, 1, 2, 1, 2, 1, 2]",
            "terrible\t-2.1\t0.8\t[-2, -2, -3, -2, -1, -2, -3, -2, -2, -2]",
            "awful\t-2.0\t0.7\t[-2, -2, -2, -3, -1, -2, -2, -2, -2, -2]",
            "disappointed\t-1.9\t0.5\t[-2, -2, -2, -1, -2, -2, -2, -2, -2, -2]",
            "slow\t-0.8\t0.6\t[-1, -1, 0, -1, -1, -1, 0, -1, -1, -1]",
            "sore\t-1.5\t0.5\t[-1, -2, -1, -2, -1, -2, -1, -2, -1, -2]",
            "ok\t1.2\t0.5\t[1, 1, 1, 2, 1, 1, 1, 2, 1, 1]",
            ":)\t2.0\t0.5\t[2, 2, 2, 2, 2, 2, 2, 2, 2, 2]",
        ]);
        var tweets = Sentences("en").Concat(Sentences("en").Select(t => (Text: t.Text + " today", t.Sentiment)));
        Write(SharedData, "sentiment/vader/tweets_GroundTruth.txt", tweets.Select((t, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{i + 1}\t{(t.Sentiment == "positive" ? 2.4 : t.Sentiment == "negative" ? -2.2 : 0.05)}\t{t.Text}")));

        var sms = new List<string> { "Teks,label" };
        string[] names = ["Budi", "Rina", "Sari", "Andi", "Dewi", "Joko", "Tono", "Wati"];
        for (var i = 0; i < names.Length; i++)
        {
            sms.Add($"{names[i]}, nanti jam {i + 1} kita ketemu di kantor ya,0");
            sms.Add($"\"Selamat! Nomor anda menang undian Rp {i + 1}0 juta, hubungi 0812{i}45678 segera\",1");
            sms.Add($"\"[PROMO] Paket data {i + 2}GB cuma {i + 1}0rb, aktifkan di *123*{i}# sekarang. S&K\",2");
        }

        Write(SharedData, "spam/sms_spam_id.csv", sms);
    }

    private void WriteProject()
    {
        Write(ProjectData, "lexicon/sentiment.tsv",
        [
            "# term <TAB> score <TAB> languages",
            "bagus\t2\tid,ms", "puas\t2\tid", "mantap\t2\tid", "enak\t2\tid", "ramah\t2\tid", "terima kasih\t1\tid,ms",
            "kecewa\t-3\tid,ms", "lemot\t-2\tid", "buruk\t-2\tid", "parah\t-2\tid", "error\t-2\tid", "lambat\t-1\tid,su",
            "apik\t2\tjv", "seneng\t2\tjv", "elek\t-2\tjv", "kuciwa\t-2\tjv,su", "mangkel\t-2\tjv",
            "sae\t2\tsu", "resep\t2\tsu", "awon\t-2\tsu", "teruk\t-2\tms", "sedap\t2\tms",
        ]);
        Write(ProjectData, "lexicon/modifiers.tsv",
        [
            "# term <TAB> kind <TAB> languages",
            "tidak\tnegation\tid,ms", "ora\tnegation\tjv", "teu\tnegation\tsu",
            "banget\tintensifier\tid", "sekali\tintensifier\tid", "tenan\tintensifier\tjv", "pisan\tintensifier\tsu",
            "agak\tdiminisher\tid", "tapi\tcontrast\tid",
        ]);
        Write(ProjectData, "lexicon/slang.tsv", ["# slang <TAB> standard", "gak\ttidak", "bgt\tbanget", "yg\tyang", "udah\tsudah", "gmn\tgimana"]);
        Write(ProjectData, "lexicon/emoji.tsv", ["# symbol <TAB> score", "😡\t-3", "😍\t3", "👍\t2", ":)\t2", ":(\t-2"]);

        foreach (var language in Phrases.Keys)
        {
            Write(ProjectData, $"training/language/{language}.txt", Sentences(language).Where((_, i) => i % 2 == 0).Select(t => t.Text.ToLowerInvariant()));
        }

        var posts = Posts().ToList();
        Write(ProjectData, "training/social-posts-a.jsonl", posts.Where((_, i) => i % 4 != 3).Select((p, i) => Post($"a{i:D4}", p)));
        Write(ProjectData, "testset/social-posts.jsonl", posts.Where((_, i) => i % 4 == 3).Select((p, i) => Post($"t{i:D4}", p)));
    }

    /// <summary>Hand-labelled social posts: complaints, questions, praise, chatter and spam.</summary>
    private static IEnumerable<(string Text, string Language, string Sentiment, string Intent, bool Spam)> Posts()
    {
        foreach (var (language, tag) in new[] { ("id", "@nusantel"), ("en", "@nusantel"), ("jv", "@nusantel"), ("su", "@nusantel") })
        {
            foreach (var (text, sentiment) in Sentences(language))
            {
                var intent = sentiment switch { "negative" => "complaint", "positive" => "praise", _ => "other" };
                yield return ($"{text} {tag}", language, sentiment, intent, false);
            }
        }

        string[] things = ["paket data", "tagihan", "kuota", "pulsa", "kartu", "jaringan"];
        foreach (var thing in things)
        {
            yield return ($"min, {thing} saya kok belum masuk ya? gimana caranya?", "id", "neutral", "question", false);
            yield return ($"kapan {thing} bisa dicek lagi @nusantel?", "id", "neutral", "question", false);
            yield return ($"SLOT GACOR hari ini, {thing} maxwin deposit 10rb pasti jp, klik link bio", "id", "neutral", "other", true);
        }
    }

    private static string Post(string id, (string Text, string Language, string Sentiment, string Intent, bool Spam) p) =>
        JsonSerializer.Serialize(new
        {
            id,
            text = p.Text,
            language = p.Language,
            sentiment = p.Sentiment,
            intent = p.Intent,
            risk = Array.Empty<string>(),
            spam = p.Spam,
            spamKind = p.Spam ? "gambling" : null,
            network = "x",
        });

    private static IEnumerable<string> Csv(IEnumerable<(string Text, string Sentiment)> rows) =>
        rows.Select((r, i) => $"{i},\"{r.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{r.Sentiment}").Prepend("id,text,label");

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static void Write(string root, string relative, IEnumerable<string> lines)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
    }
}
