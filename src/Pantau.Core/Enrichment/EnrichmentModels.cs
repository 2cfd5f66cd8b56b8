using Pantau.Core.Enrichment.Intents;
using Pantau.Core.Enrichment.Language;
using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Enrichment.Sentiments;
using Pantau.Core.Enrichment.Spam;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment;

/// <summary>Everything the models read from one text.</summary>
public sealed record TextAnalysis(
    LanguageGuess Language,
    SentimentResult Sentiment,
    Intent Intent,
    float IntentConfidence,
    float SpamScore,
    bool IsSpam);

/// <summary>
/// The four trained models together: language, sentiment, intent and spam. Immutable and thread-safe; one text
/// is read once (<see cref="TextView"/>) and every model works from that reading.
/// </summary>
public sealed class EnrichmentModels(LanguageIdentifier language, SentimentAnalyzer sentiment, IntentClassifier intent, SpamClassifier spam)
{
    /// <summary>The models in training order: intent reads what sentiment and spam found.</summary>
    public static readonly IReadOnlyList<string> Names =
        [LanguageIdentifier.ModelName, SentimentAnalyzer.ModelName, SpamClassifier.ModelName, IntentClassifier.ModelName];

    public LanguageIdentifier Language { get; } = language;

    public SentimentAnalyzer Sentiment { get; } = sentiment;

    public IntentClassifier Intent { get; } = intent;

    public SpamClassifier Spam { get; } = spam;

    /// <summary>Loads the models; <paramref name="open"/> opens a model by name (<c>sentiment</c> → <c>sentiment.model</c>).</summary>
    public static EnrichmentModels Load(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new EnrichmentModels(
            new LanguageIdentifier(Read(LanguageIdentifier.ModelName)),
            new SentimentAnalyzer(Read(SentimentAnalyzer.ModelName)),
            new IntentClassifier(Read(IntentClassifier.ModelName)),
            new SpamClassifier(Read(SpamClassifier.ModelName)));

        ModelFile Read(string name)
        {
            using var stream = open(name);
            return ModelFile.Read(stream);
        }
    }

    /// <summary>A copy with some models replaced (a workspace's models retrained with its agents' corrections).</summary>
    public EnrichmentModels With(SentimentAnalyzer? sentiment = null, IntentClassifier? intent = null, SpamClassifier? spam = null) =>
        new(Language, sentiment ?? Sentiment, intent ?? Intent, spam ?? Spam);

    public TextView Read(string text, IReadOnlyList<Token> tokens, string? title = null, IReadOnlyList<Token>? titleTokens = null) =>
        TextView.Read(text, tokens, Sentiment.Lexicon, title, titleTokens);

    /// <summary>Reads into this thread's reusable view (see <see cref="TextView.ReadShared"/>).</summary>
    public TextView ReadShared(string text, IReadOnlyList<Token> tokens, string? title = null, IReadOnlyList<Token>? titleTokens = null) =>
        TextView.ReadShared(text, tokens, Sentiment.Lexicon, title, titleTokens);

    /// <summary>What the models read in <paramref name="view"/>; a language the source declared is taken as it is, not identified.</summary>
    public TextAnalysis Analyze(TextView view, string? declaredLanguage = null)
    {
        var language = declaredLanguage is { Length: > 0 } ? new LanguageGuess(declaredLanguage, 1) : Language.Identify(view);
        var sentiment = Sentiment.Analyze(view);
        var spamScore = Spam.Score(view);
        var isSpam = spamScore >= SpamClassifier.Threshold;
        var (intent, confidence) = isSpam ? (Pantau.Core.Enrichment.Intent.Other, spamScore) : Intent.Classify(view, sentiment);
        return new TextAnalysis(language, sentiment, intent, confidence, spamScore, isSpam);
    }
}
