using Pantau.Core.Enrichment.Intents;
using Pantau.Core.Enrichment.Language;
using Pantau.Core.Enrichment.Lexicons;
using Pantau.Core.Enrichment.Sentiments;
using Pantau.Core.Enrichment.Spam;

namespace Pantau.Core.Enrichment.Learning;

/// <summary>One training or evaluation text with its label; <see cref="Weight"/> scales how much it counts.</summary>
public sealed record LabelledText(string Text, string Label, float Weight = 1f, string? Title = null);

/// <summary>
/// Turns labelled texts into model files. Every text goes through <see cref="TextView"/>, the same reading the
/// live pipeline applies, so training and live text are normalised alike. Classes are re-weighted towards
/// balance because Pantau is judged on macro-F1 and the sources are skewed (SmSA is 58 % positive).
/// </summary>
public static class ModelTraining
{
    public static ModelFile Language(IReadOnlyList<LabelledText> examples, SentimentLexicon lexicon, TrainingSettings settings, string metadata, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var classes = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var model = Train(examples, classes, LanguageIdentifier.Bits, settings, 1.0, progress, (text, into) =>
            LanguageIdentifier.Features(View(text, lexicon), into), cancellationToken);
        return new ModelFile(LanguageIdentifier.ModelName, LanguageIdentifier.FeatureVersion, model, new Dictionary<string, IReadOnlyDictionary<string, string>>(), metadata);
    }

    public static ModelFile Sentiment(IReadOnlyList<LabelledText> examples, LexiconTables tables, TrainingSettings settings, string metadata, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var lexicon = tables.ToLexicon();
        var reading = new SentimentReading();
        var model = Train(examples, SentimentAnalyzer.Classes, SentimentReading.Bits, settings, 0.8, progress, (text, into) =>
            reading.Read(View(text, lexicon), lexicon, into), cancellationToken);
        return new ModelFile(SentimentAnalyzer.ModelName, SentimentAnalyzer.FeatureVersion, model, tables.ToDictionary(), metadata);
    }

    public static ModelFile Intent(IReadOnlyList<LabelledText> examples, SentimentAnalyzer sentiment, TrainingSettings settings, string metadata, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentiment);
        var model = Train(examples, IntentClassifier.Classes, IntentClassifier.Bits, settings, 0.8, progress, (text, into) =>
        {
            var view = View(text, sentiment.Lexicon);
            IntentClassifier.Features(view, sentiment.Analyze(view), into);
        }, cancellationToken);
        return new ModelFile(IntentClassifier.ModelName, IntentClassifier.FeatureVersion, model, new Dictionary<string, IReadOnlyDictionary<string, string>>(), metadata);
    }

    public static ModelFile Spam(IReadOnlyList<LabelledText> examples, SentimentLexicon lexicon, TrainingSettings settings, string metadata, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var model = Train(examples, SpamClassifier.Classes, SpamClassifier.Bits, settings, 0.5, progress, (text, into) =>
            SpamClassifier.Features(View(text, lexicon), into), cancellationToken);
        return new ModelFile(SpamClassifier.ModelName, SpamClassifier.FeatureVersion, model, new Dictionary<string, IReadOnlyDictionary<string, string>>(), metadata);
    }

    private static TextView View(LabelledText text, SentimentLexicon lexicon) =>
        text.Title is null
            ? TextView.Read(text.Text, lexicon)
            : TextView.Read(text.Text, Text.TextNormaliser.Tokenise(text.Text), lexicon, text.Title, Text.TextNormaliser.Tokenise(text.Title));

    /// <summary>
    /// Featurises (the first 20 % of progress) and trains (the rest). <paramref name="balance"/> is the exponent of
    /// the inverse class frequency each example is weighted by: 1 balances fully, 0 not at all.
    /// </summary>
    private static LinearModel Train(
        IReadOnlyList<LabelledText> examples,
        IReadOnlyList<string> classes,
        int bits,
        TrainingSettings settings,
        double balance,
        IProgress<double>? progress,
        Action<LabelledText, FeatureVector> featurise,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var counts = new double[classes.Count];
        foreach (var e in examples)
        {
            counts[index.TryGetValue(e.Label, out var i) ? i : throw new ArgumentException($"Unknown label '{e.Label}'.", nameof(examples))] += e.Weight;
        }

        var total = counts.Sum();
        var classWeights = counts.Select(c => c == 0 ? 0 : (float)Math.Pow(total / (classes.Count * c), balance)).ToArray();
        var features = new FeatureVector();
        var sparse = new List<SparseExample>(examples.Count);
        for (var n = 0; n < examples.Count; n++)
        {
            if ((n & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(0.2 * n / examples.Count);
            }

            var example = examples[n];
            featurise(example, features);
            var label = index[example.Label];
            sparse.Add(features.ToExample(label, example.Weight * classWeights[label]));
        }

        return LinearModelTrainer.Train(sparse, classes, bits, settings, progress is null ? null : new TrainingProgress(progress), cancellationToken);
    }

    /// <summary>Maps the trainer's progress onto the last 80 %, reporting synchronously and in order.</summary>
    private sealed class TrainingProgress(IProgress<double> inner) : IProgress<double>
    {
        public void Report(double value) => inner.Report(0.2 + (0.8 * value));
    }
}
