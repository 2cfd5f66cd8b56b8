using Pantau.Core.Text;

namespace Pantau.Core.Queries;

/// <summary>
/// The foundation query form, until the boolean query language replaces it: alternatives separated by
/// commas or " OR ", each a word, a phrase of words, a #hashtag or an @mention.
/// </summary>
public sealed record TermQuery(IReadOnlyList<TermAlternative> Alternatives)
{
    public static TermQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var alternatives = new List<TermAlternative>();
        foreach (var part in query.Replace(" OR ", ",", StringComparison.Ordinal).Split(','))
        {
            var tokens = TextNormaliser.Tokenise(TextNormaliser.Fold(part.Trim().Trim('"')));
            if (tokens.Count > 0)
            {
                alternatives.Add(new TermAlternative(tokens));
            }
        }

        return new TermQuery(alternatives);
    }
}

/// <summary>One alternative: a single token, or a phrase when it has several.</summary>
public sealed record TermAlternative(IReadOnlyList<Token> Tokens);
