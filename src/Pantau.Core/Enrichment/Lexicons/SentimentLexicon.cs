using System.Globalization;

namespace Pantau.Core.Enrichment.Lexicons;

public enum Modifier
{
    None,
    Negation,
    Intensifier,
    Diminisher,
    Contrast,
    SarcasmCue,
    ComplaintEvent,
}

/// <summary>
/// The lexicon knowledge the sentiment, intent and spam features use: polar terms (the project's own Indonesian,
/// Javanese, Sundanese and Malay lexicon plus VADER for English), modifiers (negation, intensifiers, contrast,
/// sarcasm cues, bad-service events), a slang map to shared standard forms, and emoji and emoticon polarity.
/// Built from the tables stored in a model file, so training and live text see the same lexicon.
/// </summary>
public sealed class SentimentLexicon
{
    public const string PolarityTable = "polarity";
    public const string ModifierTable = "modifiers";
    public const string SlangTable = "slang";
    public const string EmojiTable = "emoji";

    public SentimentLexicon(
        IReadOnlyDictionary<string, string> polarity,
        IReadOnlyDictionary<string, string> modifiers,
        IReadOnlyDictionary<string, string> slang,
        IReadOnlyDictionary<string, string> emoji)
    {
        ArgumentNullException.ThrowIfNull(polarity);
        ArgumentNullException.ThrowIfNull(modifiers);
        ArgumentNullException.ThrowIfNull(slang);
        ArgumentNullException.ThrowIfNull(emoji);
        Polarity = new PhraseTable<float>(polarity.Select(p => KeyValuePair.Create(p.Key, LexiconTable.Score(p.Value, PolarityTable, p.Key))));
        Modifiers = new PhraseTable<Modifier>(modifiers.Select(p => KeyValuePair.Create(p.Key, ParseModifier(p.Value, p.Key))));
        Slang = slang.ToDictionary(p => p.Key, p => LexiconTable.Key(p.Value), StringComparer.Ordinal);
        var emojiScores = emoji.ToDictionary(p => p.Key, p => LexiconTable.Score(p.Value, EmojiTable, p.Key), StringComparer.Ordinal);
        Emoji = emojiScores;
        EmoticonList = [.. emojiScores.Keys.Where(Emoticons.IsEmoticon).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];
    }

    public PhraseTable<float> Polarity { get; }

    public PhraseTable<Modifier> Modifiers { get; }

    public IReadOnlyDictionary<string, string> Slang { get; }

    public IReadOnlyDictionary<string, float> Emoji { get; }

    public IReadOnlyList<string> EmoticonList { get; }

    public static SentimentLexicon From(Learning.ModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new SentimentLexicon(file.Table(PolarityTable), file.Table(ModifierTable), file.Table(SlangTable), file.Table(EmojiTable));
    }

    /// <summary>True when the form is one the lexicon knows, to choose how to read an elongated word.</summary>
    public bool Knows(string word) => Polarity.ContainsWord(word) || Modifiers.ContainsWord(word) || Slang.ContainsKey(word);

    private static Modifier ParseModifier(string kind, string key) => kind.ToLowerInvariant() switch
    {
        "negation" => Modifier.Negation,
        "intensifier" => Modifier.Intensifier,
        "diminisher" => Modifier.Diminisher,
        "contrast" => Modifier.Contrast,
        "sarcasm_cue" => Modifier.SarcasmCue,
        "complaint_event" => Modifier.ComplaintEvent,
        _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{ModifierTable}: unknown kind '{kind}' of '{key}'.")),
    };
}
