using System.Collections.Frozen;
using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Enrichment.Sentiments;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment.Intents;

/// <summary>
/// Complaint, question, praise or other: a logistic regression over the words (read for meaning), where the
/// question words and requests stand, the question mark, and the sentiment the sentiment model found — a
/// complaint is dissatisfaction, so the sentiment probabilities are its strongest features.
/// </summary>
public sealed class IntentClassifier
{
    public const string ModelName = "intent";
    public const int FeatureVersion = 1;
    public const int Bits = 18;
    public static readonly IReadOnlyList<string> Classes = ["other", "complaint", "question", "praise"];

    private static readonly FrozenSet<string> QuestionWords = new[]
    {
        "apa", "apakah", "bagaimana", "kapan", "kenapa", "mengapa", "berapa", "dimana", "mana", "siapa", "bisakah", "bolehkah",
        "adakah", "gimana", "gmn", "knp", "kpn", "brp", "how", "what", "when", "where", "why", "which", "who", "can", "could",
        "does", "is", "are", "piye", "opo", "pripun", "nopo", "kumaha", "naon", "iraha", "sabaraha", "naha", "dupi", "ari",
        "bila", "macam", "ke", "kah", "emang", "apa", "masih", "sudah", "udah",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Requests = new[]
    {
        "tolong", "mohon", "minta", "please", "pls", "plis", "segera", "harap", "help", "bantu", "bantuin", "kembalikan",
        "balikin", "refund", "ganti", "tanggung", "jawab", "respon", "tindak", "lanjuti", "urgent", "asap", "cepetan",
    }.ToFrozenSet(StringComparer.Ordinal);

    [ThreadStatic]
    private static FeatureVector? t_features;

    private readonly LinearModel _model;

    public IntentClassifier(ModelFile file)
    {
        _model = (file ?? throw new ArgumentNullException(nameof(file))).ModelFor(ModelName, FeatureVersion, Classes);
    }

    public (Intent Intent, float Confidence) Classify(TextView view, SentimentResult sentiment)
    {
        var features = t_features ??= new FeatureVector();
        Features(view, sentiment, features);
        Span<float> p = stackalloc float[Classes.Count];
        _model.Predict(features, p);
        var best = LinearModel.Best(p);
        return ((Intent)best, p[best]);
    }

    public static void Features(TextView view, SentimentResult sentiment, FeatureVector into)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        string? previous = null;
        var words = view.Words;
        var questionWord = false;
        var request = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Kind == TokenKind.Number)
            {
                into.Add(FeatureHash.Of('u', "<num>", Bits));
                previous = "<num>";
                continue;
            }

            into.Add(FeatureHash.Of('u', word.Norm, Bits));
            if (previous is not null && !word.ClauseStart)
            {
                var bigram = new FeatureHash('b');
                bigram.Add(previous);
                bigram.Add(' ');
                bigram.Add(word.Norm);
                into.Add(bigram.Bucket(Bits));
            }

            if (word.ClauseStart)
            {
                into.Add(FeatureHash.Of('f', word.Norm, Bits));
            }

            questionWord |= QuestionWords.Contains(word.Norm) || QuestionWords.Contains(word.Surface);
            request |= Requests.Contains(word.Norm);
            previous = word.Norm;
        }

        if (words.Count > 0)
        {
            into.Add(FeatureHash.Of('l', words[^1].Norm, Bits));
        }

        into.AddDense("?", view.QuestionMarks > 0 ? 1 : 0, Bits);
        into.AddDense("qw", questionWord ? 1 : 0, Bits);
        into.AddDense("req", request ? 1 : 0, Bits);
        into.AddDense("p+", sentiment.Positive, Bits);
        into.AddDense("p-", sentiment.Negative, Bits);
        into.AddDense("p0", sentiment.Neutral, Bits);
        into.AddDense("sarcasm", sentiment.Sarcasm ? 1 : 0, Bits);
        into.AddDense("url", view.UrlHosts.Count > 0 ? 1 : 0, Bits);
        into.AddDense("@", view.Mentions > 0 ? 1 : 0, Bits);
        into.AddDense("len", MathF.Min(1, words.Count / 30f), Bits);
        foreach (var emoji in view.Emoji)
        {
            into.Add(FeatureHash.Of('e', emoji, Bits));
        }
    }
}
