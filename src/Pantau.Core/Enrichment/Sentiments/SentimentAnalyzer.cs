using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Enrichment.Lexicons;

namespace Pantau.Core.Enrichment.Sentiments;

/// <summary>A sentiment decision with its score in [−1, 1] (P(positive) − P(negative)) and what drove it.</summary>
public sealed record SentimentResult(
    Sentiment Sentiment,
    double Score,
    float Positive,
    float Neutral,
    float Negative,
    bool Sarcasm,
    IReadOnlyList<string> Explanation);

/// <summary>
/// Sentiment of a text: the features of <see cref="SentimentReading"/> through a trained logistic regression.
/// Sarcasm that the pattern recognises turns a positive reading negative, because praise next to a
/// bad-service event ("mantap, 3 hari internet mati 👍") is a complaint in every sample we have read.
/// </summary>
public sealed class SentimentAnalyzer
{
    public const string ModelName = "sentiment";
    public const int FeatureVersion = 1;
    public static readonly IReadOnlyList<string> Classes = ["negative", "neutral", "positive"];

    [ThreadStatic]
    private static FeatureVector? t_features;

    [ThreadStatic]
    private static SentimentReading? t_reading;

    private readonly LinearModel _model;

    public SentimentAnalyzer(ModelFile file)
    {
        _model = (file ?? throw new ArgumentNullException(nameof(file))).ModelFor(ModelName, FeatureVersion, Classes);
        Lexicon = SentimentLexicon.From(file);
    }

    public SentimentLexicon Lexicon { get; }

    public SentimentResult Analyze(TextView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var features = t_features ??= new FeatureVector();
        var reading = t_reading ??= new SentimentReading();
        reading.Read(view, Lexicon, features);
        Span<float> p = stackalloc float[3];
        _model.Predict(features, p);
        var negative = p[0];
        var neutral = p[1];
        var positive = p[2];
        var sentiment = neutral >= positive && neutral >= negative ? Sentiment.Neutral
            : positive > negative ? Sentiment.Positive
            : Sentiment.Negative;
        var score = (double)positive - negative;
        if (reading.Sarcasm && sentiment != Sentiment.Negative)
        {
            // Read the praise as its opposite, so what follows (intent, impact) sees a negative post.
            sentiment = Sentiment.Negative;
            (positive, negative) = (Math.Min(positive, negative), Math.Max(Math.Max(positive, negative), neutral));
            score = Math.Min(-0.3, (double)positive - negative);
        }

        return new SentimentResult(sentiment, Math.Round(score, 3), positive, neutral, negative, reading.Sarcasm, Explain(reading, sentiment));
    }

    /// <summary>
    /// The lexicon cues that agree with the decision, strongest first; when the lexicon knew none of them, the
    /// words whose learned weights pushed hardest towards it.
    /// </summary>
    private List<string> Explain(SentimentReading reading, Sentiment sentiment)
    {
        var explanation = new List<string>(4);
        if (reading.Sarcasm && reading.SarcasmPhrase is { } sarcasm)
        {
            explanation.Add($"sarcasm: {sarcasm}");
        }

        if (sentiment == Sentiment.Neutral)
        {
            return explanation;
        }

        var sign = sentiment == Sentiment.Positive ? 1 : -1;
        foreach (var cue in reading.Cues.Where(c => Math.Sign(c.Polarity) == sign).OrderByDescending(c => Math.Abs(c.Polarity)))
        {
            if (explanation.Count == 4)
            {
                break;
            }

            if (!explanation.Contains(cue.Phrase))
            {
                explanation.Add(cue.Phrase);
            }
        }

        if (explanation.Count > 0)
        {
            return explanation;
        }

        var target = sentiment == Sentiment.Positive ? 2 : 0;
        foreach (var word in reading.WordFeatures
                     .Select(w => (Word: w.Negated ? $"¬{w.Word}" : w.Word, Push: _model.Contribution(w.Index, 1f, target)))
                     .Where(w => w.Push > 0.5f)
                     .OrderByDescending(w => w.Push)
                     .Select(w => w.Word))
        {
            if (explanation.Count == 3)
            {
                break;
            }

            if (!explanation.Contains(word))
            {
                explanation.Add(word);
            }
        }

        return explanation;
    }
}
