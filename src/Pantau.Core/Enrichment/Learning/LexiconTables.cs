using Pantau.Core.Enrichment.Lexicons;

namespace Pantau.Core.Enrichment.Learning;

/// <summary>The lexicon tables a sentiment model is trained with and carries (see <see cref="SentimentLexicon"/>).</summary>
public sealed record LexiconTables(
    IReadOnlyDictionary<string, string> Polarity,
    IReadOnlyDictionary<string, string> Modifiers,
    IReadOnlyDictionary<string, string> Slang,
    IReadOnlyDictionary<string, string> Emoji)
{
    public SentimentLexicon ToLexicon() => new(Polarity, Modifiers, Slang, Emoji);

    public Dictionary<string, IReadOnlyDictionary<string, string>> ToDictionary() => new(StringComparer.Ordinal)
    {
        [SentimentLexicon.PolarityTable] = Polarity,
        [SentimentLexicon.ModifierTable] = Modifiers,
        [SentimentLexicon.SlangTable] = Slang,
        [SentimentLexicon.EmojiTable] = Emoji,
    };
}
