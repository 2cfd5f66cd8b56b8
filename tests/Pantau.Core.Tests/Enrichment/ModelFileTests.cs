using Pantau.Core.Enrichment;
using Pantau.Core.Enrichment.Learning;

namespace Pantau.Core.Tests.Enrichment;

public sealed class ModelFileTests
{
    private static readonly LabelledText[] Examples =
    [
        new("bagus banget pelayanannya", "positive"), new("mantap cepat sampai", "positive"), new("ramah dan cepat", "positive"),
        new("jelek lemot parah", "negative"), new("kecewa barang rusak", "negative"), new("lambat sekali responnya", "negative"),
        new("kantor buka jam delapan", "neutral"), new("harga paket lima puluh ribu", "neutral"), new("cabang baru di medan", "neutral"),
    ];

    private static LexiconTables Tables => new(
        new Dictionary<string, string> { ["bagus"] = "2", ["jelek"] = "-2", ["kecewa"] = "-2", ["mantap"] = "2" },
        new Dictionary<string, string> { ["tidak"] = "negation", ["banget"] = "intensifier", ["tapi"] = "contrast" },
        new Dictionary<string, string> { ["gak"] = "tidak" },
        new Dictionary<string, string> { ["😍"] = "3", [":("] = "-2" });

    [Fact]
    public void Training_twice_gives_the_same_bytes()
    {
        Assert.Equal(Train(), Train());
    }

    [Fact]
    public void A_model_file_reads_back_as_written_and_predicts_the_same()
    {
        var bytes = Train();
        var read = ModelFile.Read(new MemoryStream(bytes));
        var analyzer = new Pantau.Core.Enrichment.Sentiments.SentimentAnalyzer(read);
        Assert.Equal(Sentiment.Positive, analyzer.Analyze(TextView.Read("bagus banget", analyzer.Lexicon)).Sentiment);
        Assert.Equal(Sentiment.Negative, analyzer.Analyze(TextView.Read("gak bagus, kecewa", analyzer.Lexicon)).Sentiment);
        using var again = new MemoryStream();
        read.Write(again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void A_damaged_model_file_is_refused_with_a_clear_error()
    {
        var bytes = Train();
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => ModelFile.Read(new MemoryStream(bytes[..(bytes.Length / 2)]))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => ModelFile.Read(new MemoryStream("not a model"u8.ToArray())));
        var wrongKind = ModelFile.Read(new MemoryStream(bytes)) with { Name = "spam" };
        Assert.Throws<InvalidDataException>(() => new Pantau.Core.Enrichment.Sentiments.SentimentAnalyzer(wrongKind));
    }

    [Fact]
    public void Shipped_models_fit_the_budget()
    {
        var files = Directory.GetFiles(ShippedModels.DefaultDirectory, "*.model");
        Assert.Equal(EnrichmentModels.Names.Order(StringComparer.Ordinal), files.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        Assert.True(files.Sum(f => new FileInfo(f).Length) <= 50L * 1024 * 1024);
    }

    private static byte[] Train()
    {
        var file = ModelTraining.Sentiment(Examples, Tables, new TrainingSettings(Epochs: 5), "{}", cancellationToken: TestContext.Current.CancellationToken);
        using var stream = new MemoryStream();
        file.Write(stream);
        return stream.ToArray();
    }
}
