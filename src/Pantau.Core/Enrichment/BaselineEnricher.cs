using System.Collections.Frozen;
using Pantau.Core.Posts;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment;

/// <summary>
/// A deliberately small first enricher so that every stage of the pipeline is real from the start:
/// a few dozen Indonesian and English polarity words with negation, a question/complaint cue list,
/// a spam cue list, and reach from followers. The enrichment issue replaces it with trained models;
/// its interface stays.
/// </summary>
public sealed class BaselineEnricher : IEnricher
{
    private static readonly FrozenDictionary<string, int> Polarity = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["bagus"] = 1, ["mantap"] = 1, ["keren"] = 1, ["puas"] = 1, ["cepat"] = 1, ["ramah"] = 1, ["enak"] = 1,
        ["makasih"] = 1, ["terima"] = 0, ["terimakasih"] = 1, ["suka"] = 1, ["recommended"] = 1, ["good"] = 1,
        ["great"] = 1, ["love"] = 1, ["thanks"] = 1, ["awesome"] = 1, ["excellent"] = 1, ["apik"] = 1, ["alus"] = 1,
        ["lemot"] = -1, ["lelet"] = -1, ["gangguan"] = -1, ["kecewa"] = -1, ["parah"] = -1, ["buruk"] = -1,
        ["jelek"] = -1, ["mati"] = -1, ["rugi"] = -1, ["hilang"] = -1, ["delay"] = -1, ["telat"] = -1,
        ["error"] = -1, ["gagal"] = -1, ["penipuan"] = -1, ["nipu"] = -1, ["kesel"] = -1, ["marah"] = -1,
        ["bad"] = -1, ["worst"] = -1, ["terrible"] = -1, ["slow"] = -1, ["broken"] = -1, ["refund"] = -1,
        ["disappointed"] = -1, ["lambat"] = -1, ["mahal"] = -1, ["ribet"] = -1, ["susah"] = -1, ["hese"] = -1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations =
        new[] { "tidak", "tak", "gak", "ga", "nggak", "enggak", "bukan", "belum", "kurang", "not", "no", "ora", "teu" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> QuestionCues =
        new[] { "gimana", "bagaimana", "kapan", "apakah", "berapa", "kenapa", "how", "when", "where", "piye", "kumaha" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpamCues =
        new[] { "gacor", "slot", "togel", "judi", "pinjol", "followers", "maxwin", "giveaway" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishCues =
        new[] { "the", "is", "my", "and", "you", "to", "for", "this", "with", "not", "why", "it" }
            .ToFrozenSet(StringComparer.Ordinal);

    public Enrichment Enrich(NormalisedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var score = 0;
        var explanation = new List<string>();
        var english = 0;
        var spamCues = 0;
        var questionCue = post.FoldedText.Contains('?', StringComparison.Ordinal);
        var tokens = post.Tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Hashtag or TokenKind.Mention).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            english += EnglishCues.Contains(word) ? 1 : 0;
            spamCues += SpamCues.Contains(word) ? 1 : 0;
            questionCue |= QuestionCues.Contains(word);
            if (!Polarity.TryGetValue(word, out var polarity) || polarity == 0)
            {
                continue;
            }

            var negated = i > 0 && Negations.Contains(tokens[i - 1].Text);
            score += negated ? -polarity : polarity;
            explanation.Add(negated ? $"{tokens[i - 1].Text} {word}" : word);
        }

        var normalised = tokens.Count == 0 ? 0 : Math.Clamp(score / Math.Sqrt(Math.Max(1, explanation.Count)), -1, 1);
        var sentiment = score > 0 ? Sentiment.Positive : score < 0 ? Sentiment.Negative : Sentiment.Neutral;
        var isSpam = spamCues >= 1 && sentiment != Sentiment.Negative;
        var intent = isSpam ? Intent.Other
            : sentiment == Sentiment.Negative ? Intent.Complaint
            : questionCue ? Intent.Question
            : sentiment == Sentiment.Positive ? Intent.Praise
            : Intent.Other;
        var language = post.Raw.Language ?? (english * 5 >= Math.Max(1, tokens.Count) ? "en" : tokens.Count > 0 ? "id" : "und");
        var reach = Math.Max(0, post.Raw.Author.Followers ?? 0);
        var engagement = post.Raw.Engagement;
        var impact = Math.Round(Math.Log10(1 + reach) + Math.Log10(1 + engagement.Likes + (2.0 * engagement.Shares) + engagement.Replies)
            + (sentiment == Sentiment.Negative ? 1 : 0), 3);
        return new Enrichment(language, sentiment, Math.Round(normalised, 3), intent, isSpam, reach, impact, explanation);
    }
}
