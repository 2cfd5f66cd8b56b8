using Pantau.Core.Text;

namespace Pantau.Core.Queries;

/// <summary>Which tokens a term may match.</summary>
public enum TermKind
{
    /// <summary>A plain word or number: matches the word, the #hashtag and the @mention.</summary>
    Any,
    Hashtag,
    Mention,
    Url,
    Emoji,
}

/// <summary>
/// What one query term matches in one token. <see cref="Text"/> is folded and lower case, as tokens are.
/// A term written with a letter three or more times ("mantaaap") or read in an elongated token matches on the
/// squeezed forms; an exact-case term compares the token's cased form; a wildcard term matches its pattern.
/// </summary>
public sealed record TermPattern
{
    public TermPattern(string text, TermKind kind, string? exactCase = null, bool wildcard = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Kind = kind;
        ExactCase = exactCase;
        if (wildcard)
        {
            Wildcard = new Wildcard(text);
        }

        Squeezed = TextNormaliser.Squeeze(text);
        Elongated = !wildcard && TextNormaliser.IsElongated(text);
    }

    public string Text { get; }

    public TermKind Kind { get; }

    /// <summary>For {Exact} terms, the folded form with case kept that a token's cased form must equal.</summary>
    public string? ExactCase { get; }

    public Wildcard? Wildcard { get; }

    /// <summary><see cref="Text"/> with repeated letters written once.</summary>
    public string Squeezed { get; }

    /// <summary>The term itself is elongated, so any token with the same squeezed form matches.</summary>
    public bool Elongated { get; }

    public bool Matches(in Token token)
    {
        if (!KindMatches(token.Kind))
        {
            return false;
        }

        if (Wildcard is not null)
        {
            return Wildcard.IsMatch(token.Text) || (token.Squeezed is not null && Wildcard.IsMatch(token.Squeezed));
        }

        if (ExactCase is not null)
        {
            return string.Equals(token.CasedText, ExactCase, StringComparison.Ordinal);
        }

        if (string.Equals(token.Text, Text, StringComparison.Ordinal))
        {
            return true;
        }

        if (token.Squeezed is not null)
        {
            return string.Equals(token.Squeezed, Squeezed, StringComparison.Ordinal);
        }

        return Elongated && string.Equals(TextNormaliser.Squeeze(token.Text), Squeezed, StringComparison.Ordinal);
    }

    private bool KindMatches(TokenKind token) => Kind switch
    {
        TermKind.Any => token is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag or TokenKind.Mention,
        TermKind.Hashtag => token == TokenKind.Hashtag,
        TermKind.Mention => token == TokenKind.Mention,
        TermKind.Url => token == TokenKind.Url,
        _ => token == TokenKind.Emoji,
    };

    public override string ToString() =>
        (Kind == TermKind.Hashtag ? "#" : Kind == TermKind.Mention ? "@" : string.Empty) + (ExactCase is null ? Text : "{" + ExactCase + "}");
}

/// <summary>A folded word pattern where '*' stands for any run of characters and '?' for exactly one.</summary>
public sealed class Wildcard
{
    public Wildcard(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        var first = pattern.AsSpan().IndexOfAny('*', '?');
        Prefix = first < 0 ? pattern : pattern[..first];
    }

    public string Pattern { get; }

    /// <summary>The literal characters before the first wildcard (at least three in a valid query).</summary>
    public string Prefix { get; }

    public bool IsMatch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var p = Pattern.AsSpan();
        var t = text.AsSpan();
        if (!t.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        // Greedy match with one backtrack point per star: linear for the patterns people write.
        int pi = Prefix.Length, ti = Prefix.Length, star = -1, mark = 0;
        while (ti < t.Length)
        {
            if (pi < p.Length && (p[pi] == '?' || (p[pi] != '*' && p[pi] == t[ti])))
            {
                pi++;
                ti++;
            }
            else if (pi < p.Length && p[pi] == '*')
            {
                star = pi++;
                mark = ti;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                ti = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (pi < p.Length && p[pi] == '*')
        {
            pi++;
        }

        return pi == p.Length;
    }

    public override string ToString() => Pattern;
}
