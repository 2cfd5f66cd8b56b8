using System.Globalization;
using System.Text.Json;
using Pantau.Core.Enrichment;
using Pantau.Core.Enrichment.Learning;

namespace Pantau.Core.Tests.Enrichment;

/// <summary>
/// The shipped models on the project's hand-labelled test set (reporting only: never trained on or tuned to), held
/// to the bars so a retrained model that got worse fails here. The scores are printed to the test output.
/// </summary>
public sealed class TestSetScoreTests
{
    private static readonly EnrichmentModels Models = ShippedModels.Instance;

    private static readonly Lazy<List<(JsonElement Post, TextAnalysis Analysis)>> Analysed = new(() =>
        [.. File.ReadLines(RepositoryFiles.TestSet()).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var post = JsonDocument.Parse(l).RootElement.Clone();
            return (post, Models.Analyze(TextView.Read(post.GetProperty("text").GetString()!, Models.Sentiment.Lexicon)));
        })]);

    [Fact]
    public void Sentiment_macro_F1_is_at_least_0_80() => AtLeast(0.80, "sentiment", p => p.GetProperty("sentiment").GetString()!, a => a.Sentiment.Sentiment.ToString().ToLowerInvariant());

    [Fact]
    public void Intent_macro_F1_is_at_least_0_85() => AtLeast(0.85, "intent", p => p.GetProperty("intent").GetString()!, a => a.Intent.ToString().ToLowerInvariant());

    [Fact]
    public void Spam_macro_F1_is_at_least_0_85() => AtLeast(0.85, "spam", p => p.GetProperty("spam").GetBoolean() ? "spam" : "ham", a => a.IsSpam ? "spam" : "ham");

    [Theory]
    [InlineData("id", 0.97)]
    [InlineData("en", 0.97)]
    [InlineData("jv", 0.85)]
    [InlineData("su", 0.85)]
    public void Language_recall(string language, double floor)
    {
        var scores = Scores(p => p.GetProperty("language").GetString()!, a => a.Language.Language);
        var recall = scores.Classes.Single(c => c.Label == language).Recall;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: recall {recall:F3}"));
        Assert.True(recall >= floor, $"{language} recall {recall:F3} < {floor}");
    }

    private static void AtLeast(double floor, string what, Func<JsonElement, string> gold, Func<TextAnalysis, string> predicted)
    {
        var scores = Scores(gold, predicted);
        var classes = string.Join(", ", scores.Classes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Label} {c.F1:F2}")));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: macro-F1 {scores.MacroF1:F3}, accuracy {scores.Accuracy:F3} over {scores.Count}; {classes}"));
        Assert.True(scores.Count > 400);
        Assert.True(scores.MacroF1 >= floor, string.Create(CultureInfo.InvariantCulture, $"{what} macro-F1 {scores.MacroF1:F3} < {floor}"));
    }

    private static ClassificationScores Scores(Func<JsonElement, string> gold, Func<TextAnalysis, string> predicted) =>
        ClassificationScores.Of(Analysed.Value.Select(x => (gold(x.Post), predicted(x.Analysis))));
}
