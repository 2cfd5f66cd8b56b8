using Pantau.Core.Queries;
using Pantau.Core.Text;

namespace Pantau.Core.Care;

/// <summary>
/// One routing keyword read as a phrase of query term patterns, so that a routing keyword and a topic query term match the
/// same tokens (design invariant 5).
/// </summary>
internal sealed class RoutingKeyword
{
    private RoutingKeyword(TermPattern[] terms) => Terms = terms;

    public TermPattern[] Terms { get; }

    /// <summary>The keyword's phrase, or null when it holds no token.</summary>
    public static RoutingKeyword? Parse(string? keyword)
    {
        if (string.IsNullOrWhiteSpace(keyword))
        {
            return null;
        }

        var terms = TextNormaliser.Tokenise(keyword).Select(token => new TermPattern(token.Text, KindOf(token.Kind))).ToArray();
        return terms.Length == 0 ? null : new RoutingKeyword(terms);
    }

    /// <summary>True when the phrase's tokens stand in <paramref name="tokens"/> one after another from <paramref name="start"/>.</summary>
    public bool MatchesAt(List<Token> tokens, int start)
    {
        if (start + Terms.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < Terms.Length; i++)
        {
            if (!Terms[i].Matches(tokens[start + i]))
            {
                return false;
            }
        }

        return true;
    }

    // A plain word also matches the #hashtag and @mention, as in topic queries; a written #tag or @handle only its kind.
    private static TermKind KindOf(TokenKind kind) => kind switch
    {
        TokenKind.Hashtag => TermKind.Hashtag,
        TokenKind.Mention => TermKind.Mention,
        TokenKind.Url => TermKind.Url,
        TokenKind.Emoji => TermKind.Emoji,
        _ => TermKind.Any,
    };
}
