using System.Collections.Frozen;
using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Enrichment.Lexicons;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment.Sentiments;

/// <summary>A lexicon term as it counted in one text: the words as written (with their negation) and its effective polarity.</summary>
public readonly record struct SentimentCue(string Phrase, float Polarity);

/// <summary>
/// Reads a text for sentiment: walks its words with the lexicon, keeping negation scope (up to four words,
/// ended by punctuation or a contrast word), intensifiers and diminishers on either side, contrast ("tapi":
/// what follows counts more), emoji and emoticons, and the sarcasm pattern of praise next to a bad-service
/// event. Emits the hashed features the model is trained on and the cues the explanation is made of.
/// </summary>
public sealed class SentimentReading
{
    public const int Bits = 20;
    private const int NegationScope = 4;

    private static readonly FrozenSet<string> TimeUnits = new[]
    {
        "jam", "hari", "minggu", "bulan", "menit", "tahun", "thn", "bln", "mgg", "hours", "hour", "days", "day", "weeks", "week",
        "months", "month", "minutes", "mins", "dinten", "sasih", "dina", "jem", "wulan", "taun",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SarcasticEmoji = new[] { "👍", "🙏", "🙂", "😊", "👏", "😁", "🤗", "👌" }.ToFrozenSet(StringComparer.Ordinal);

    public List<SentimentCue> Cues { get; } = [];

    /// <summary>Unigram features and the word each came from, for explaining a learned decision.</summary>
    public List<(int Index, string Word, bool Negated)> WordFeatures { get; } = [];

    public float Positive { get; private set; }

    public float Negative { get; private set; }

    public bool Sarcasm { get; private set; }

    public string? SarcasmPhrase { get; private set; }

    public void Read(TextView view, SentimentLexicon lexicon, FeatureVector into)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        Cues.Clear();
        WordFeatures.Clear();
        Positive = Negative = 0;
        Sarcasm = false;
        SarcasmPhrase = null;

        var words = view.Words;
        var negateLeft = 0;
        string? negator = null;
        var pending = 1f;
        var afterContrast = false;
        float positiveAfterContrast = 0, negativeAfterContrast = 0;
        var sarcasmCue = false;
        string? eventWord = null;
        string? praiseWord = null;
        var duration = false;
        var lastCue = -1;
        var lastCueWord = -1;
        string? previous = null;

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.ClauseStart)
            {
                negateLeft = 0;
                pending = 1f;
                previous = null;
            }

            if (word.Kind == TokenKind.Number)
            {
                duration |= i + 1 < words.Count && TimeUnits.Contains(words[i + 1].Norm);
                previous = null;
                continue;
            }

            // A polar phrase ("ora enak", "kurang ajar") is read whole, before its first word could count as a modifier.
            var polar = lexicon.Polarity.TryMatch(words, words.Count, i, static (w, at) => w[at].Norm, out var score, out var length)
                || lexicon.Polarity.TryMatch(words, words.Count, i, static (w, at) => w[at].Surface, out score, out length);
            if (!(polar && length > 1)
                && (lexicon.Modifiers.TryMatch(words, words.Count, i, static (w, at) => w[at].Norm, out var modifier, out var modifierLength)
                    || lexicon.Modifiers.TryMatch(words, words.Count, i, static (w, at) => w[at].Surface, out modifier, out modifierLength)))
            {
                var handled = true;
                switch (modifier)
                {
                    case Modifier.Negation when !IsNotOnly(words, i + modifierLength):
                        negateLeft = NegationScope;
                        negator = Phrase(words, i, modifierLength);
                        into.Add(FeatureHash.Of('m', "negation", Bits));
                        break;
                    case Modifier.Intensifier:
                        if (lastCue >= 0 && lastCueWord == i - 1)
                        {
                            Intensify(lastCue, 1.5f, words[i].Surface);
                        }
                        else
                        {
                            pending = 1.5f;
                        }

                        break;
                    case Modifier.Diminisher:
                        pending = 0.6f;
                        break;
                    case Modifier.Contrast:
                        afterContrast = true;
                        negateLeft = 0;
                        into.Add(FeatureHash.Of('m', "contrast", Bits));
                        break;
                    case Modifier.SarcasmCue:
                        sarcasmCue = true;
                        handled = false;
                        break;
                    case Modifier.ComplaintEvent:
                        if (!TimeUnits.Contains(word.Norm))
                        {
                            eventWord ??= Phrase(words, i, modifierLength);
                        }

                        handled = false;
                        break;
                    default:
                        handled = false;
                        break;
                }

                if (handled)
                {
                    AddWordFeatures(words, i, negateLeft > 0 && modifier != Modifier.Negation, previous, into);
                    previous = word.Norm;
                    i += modifierLength - 1;
                    continue;
                }
            }

            var negated = negateLeft > 0;
            if (polar)
            {
                var effective = negated ? -0.7f * score : score * pending;
                if (afterContrast)
                {
                    effective *= 1.5f;
                    positiveAfterContrast += Math.Max(0, effective);
                    negativeAfterContrast += Math.Max(0, -effective);
                }

                var phrase = Phrase(words, i, length);
                Cues.Add(new SentimentCue(negated ? $"{negator} {phrase}" : phrase, effective));
                lastCue = Cues.Count - 1;
                lastCueWord = i + length - 1;
                if (effective > 0)
                {
                    Positive += effective;
                    praiseWord ??= score > 0 && !negated ? phrase : null;
                }
                else
                {
                    Negative -= effective;
                }

                if (length > 1)
                {
                    into.Add(FeatureHash.Of(negated ? 'q' : 'p', phrase, Bits));
                }
            }

            // Every word of a phrase gives its features, and the phrase counts once.
            var covered = polar ? length : 1;
            for (var j = i; j < i + covered; j++)
            {
                AddWordFeatures(words, j, negated, previous, into);
                previous = words[j].Norm;
            }

            i += covered - 1;
            pending = 1f;
            negateLeft = Math.Max(0, negateLeft - covered);
        }

        foreach (var emoji in view.Emoji)
        {
            into.Add(FeatureHash.Of('e', emoji, Bits));
            AddSymbol(lexicon, emoji);
        }

        foreach (var emoticon in view.Emoticons)
        {
            into.Add(FeatureHash.Of('e', emoticon, Bits));
            AddSymbol(lexicon, emoticon);
        }

        var sarcasticEmoji = view.Emoji.Exists(SarcasticEmoji.Contains);
        praiseWord ??= sarcasticEmoji && eventWord is not null ? view.Emoji.Find(SarcasticEmoji.Contains) : null;
        Sarcasm = praiseWord is not null
            && (eventWord is not null || Negative > 0)
            && (sarcasmCue || duration || sarcasticEmoji)
            && view.QuestionMarks == 0
            && !(afterContrast && positiveAfterContrast > negativeAfterContrast);
        if (Sarcasm)
        {
            SarcasmPhrase = $"{praiseWord} … {eventWord ?? Cues.Find(c => c.Polarity < 0).Phrase}";
            into.Add(FeatureHash.Of('s', "sarcasm", Bits), 2f);
        }

        into.Add(FeatureHash.Of('d', "lex+", Bits), MathF.Log(1 + Positive));
        into.Add(FeatureHash.Of('d', "lex-", Bits), MathF.Log(1 + Negative));
        if (Positive > 0 && Negative == 0)
        {
            into.Add(FeatureHash.Of('d', "only+", Bits));
        }
        else if (Negative > 0 && Positive == 0)
        {
            into.Add(FeatureHash.Of('d', "only-", Bits));
        }
        else if (Positive == 0 && Negative == 0)
        {
            into.Add(FeatureHash.Of('d', "none", Bits));
        }

        if (afterContrast)
        {
            into.Add(FeatureHash.Of('d', positiveAfterContrast >= negativeAfterContrast ? "contrast+" : "contrast-", Bits));
        }

        if (eventWord is not null)
        {
            into.Add(FeatureHash.Of('d', "event", Bits));
        }

        if (view.QuestionMarks > 0)
        {
            into.Add(FeatureHash.Of('d', "?", Bits));
        }

        if (view.Exclamations > 0)
        {
            into.Add(FeatureHash.Of('d', "!", Bits), MathF.Min(3, view.Exclamations));
        }
    }

    private void AddWordFeatures(List<ViewWord> words, int i, bool negated, string? previous, FeatureVector into)
    {
        var norm = words[i].Norm;
        var index = FeatureHash.Of(negated ? 'n' : 'u', norm, Bits);
        into.Add(index);
        WordFeatures.Add((index, words[i].Surface, negated));
        if (previous is not null)
        {
            var bigram = new FeatureHash('b');
            bigram.Add(previous);
            bigram.Add(' ');
            bigram.Add(norm);
            into.Add(bigram.Bucket(Bits));
        }
    }

    private void AddSymbol(SentimentLexicon lexicon, string symbol)
    {
        if (!lexicon.Emoji.TryGetValue(symbol, out var score))
        {
            return;
        }

        Cues.Add(new SentimentCue(symbol, score));
        if (score > 0)
        {
            Positive += score;
        }
        else
        {
            Negative -= score;
        }
    }

    private void Intensify(int cue, float factor, string intensifier)
    {
        var old = Cues[cue];
        var extra = old.Polarity * (factor - 1);
        Cues[cue] = new SentimentCue($"{old.Phrase} {intensifier}", old.Polarity + extra);
        if (extra > 0)
        {
            Positive += extra;
        }
        else
        {
            Negative -= extra;
        }
    }

    /// <summary>"tidak hanya", "bukan cuma", "not only": not a negation of what follows.</summary>
    private static bool IsNotOnly(List<ViewWord> words, int next) =>
        next < words.Count && words[next].Norm is "hanya" or "cuma" or "only" or "saja" or "sekadar";

    private static string Phrase(List<ViewWord> words, int start, int length) =>
        length == 1 ? words[start].Surface : string.Join(' ', words.GetRange(start, length).Select(w => w.Surface));
}
