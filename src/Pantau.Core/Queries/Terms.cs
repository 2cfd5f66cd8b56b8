using Pantau.Core.Text;

namespace Pantau.Core.Queries;

/// <summary>Turns the words of a query into term patterns through the same tokeniser that reads posts.</summary>
internal static class Terms
{
    public static QueryNode FromWord(string word, int column, bool exactCase)
    {
        var patterns = Patterns(word, column, exactCase);
        return patterns.Count == 1 ? new TermNode(patterns[0], column) : new PhraseNode(patterns, 0, column);
    }

    public static QueryNode FromPhrase(string phrase, int slop, int column)
    {
        var patterns = new List<TermPattern>();
        var offset = 0;
        foreach (var piece in phrase.Split(' ', StringSplitOptions.None))
        {
            if (piece.Length > 0)
            {
                // Errors point into the phrase: +1 for the opening quote.
                patterns.AddRange(Patterns(piece, column + 1 + offset, exactCase: false, inPhrase: true));
            }

            offset += piece.Length + 1;
        }

        if (patterns.Count == 0)
        {
            throw QueryParser.Fail(column, phrase.Length + 2, "Empty phrase: write words between the quotes");
        }

        return patterns.Count == 1 && slop == 0 ? new TermNode(patterns[0], column) : new PhraseNode(patterns, slop, column);
    }

    private static List<TermPattern> Patterns(string word, int column, bool exactCase, bool inPhrase = false)
    {
        if (word.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            if (exactCase)
            {
                throw QueryParser.Fail(column, word.Length, "Wildcards cannot be used inside {…}");
            }

            return [Wildcard(word, column)];
        }

        var tokens = TextNormaliser.Tokenise(word);
        if (tokens.Count == 0)
        {
            if (inPhrase)
            {
                return [];
            }

            throw QueryParser.Fail(column, word.Length, $"'{word}' has nothing to look for: only punctuation");
        }

        return tokens.ConvertAll(t => new TermPattern(t.Text, KindOf(t.Kind), exactCase ? t.CasedText : null));
    }

    private static TermPattern Wildcard(string word, int column)
    {
        var kind = word[0] switch
        {
            '#' => TermKind.Hashtag,
            '@' => TermKind.Mention,
            _ => TermKind.Any,
        };
        var body = kind == TermKind.Any ? word : word[1..];
        var folded = TextNormaliser.Fold(body); // checked after folding, as posts are read: 𝐍𝐮𝐬* is nus*
        foreach (var c in folded)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '*' or '?'))
            {
                throw QueryParser.Fail(column, word.Length, $"A wildcard applies to one word; '{word}' contains '{c}'");
            }
        }

        var prefix = folded.AsSpan().IndexOfAny('*', '?');
        if (prefix < 3)
        {
            throw QueryParser.Fail(column, word.Length, $"A wildcard needs at least 3 letters before it; '{word}' has {prefix}");
        }

        return new TermPattern(folded, kind, wildcard: true);
    }

    private static TermKind KindOf(TokenKind kind) => kind switch
    {
        TokenKind.Hashtag => TermKind.Hashtag,
        TokenKind.Mention => TermKind.Mention,
        TokenKind.Url => TermKind.Url,
        TokenKind.Emoji => TermKind.Emoji,
        _ => TermKind.Any,
    };
}
