using System.Globalization;
using System.Text;

namespace Pantau.Core.Text;

/// <summary>
/// The one normaliser applied to posts, queries and training text alike (design invariant 5):
/// Unicode NFKC, lower case, accents removed, whitespace collapsed; tokens are words, #hashtags and @mentions,
/// with URLs left out of the token stream.
/// </summary>
public static class TextNormaliser
{
    /// <summary>Folds text for comparison: NFKC, lower case (invariant), no combining marks, single spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var compatible = text.Normalize(NormalizationForm.FormKC);
        var decomposed = compatible.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        Span<char> pair = stackalloc char[2];
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (lower.IsBmp)
            {
                builder.Append((char)lower.Value);
            }
            else
            {
                builder.Append(pair[..lower.EncodeToUtf16(pair)]);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Splits folded text into tokens. URLs are skipped so that their path segments never match a topic.</summary>
    public static IReadOnlyList<Token> Tokenise(string foldedText)
    {
        ArgumentNullException.ThrowIfNull(foldedText);
        // About one token per six characters of social text; sized once instead of grown.
        var tokens = new List<Token>((foldedText.Length / 6) + 1);
        var span = foldedText.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (StartsUrl(span[i..]))
            {
                while (i < span.Length && !char.IsWhiteSpace(span[i]))
                {
                    i++;
                }

                continue;
            }

            var kind = TokenKind.Word;
            if ((span[i] == '#' || span[i] == '@') && i + 1 < span.Length && IsWordChar(span[i + 1]))
            {
                kind = span[i] == '#' ? TokenKind.Hashtag : TokenKind.Mention;
                i++;
            }

            if (!IsWordChar(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && (IsWordChar(span[i]) || (kind != TokenKind.Word && span[i] is '_' or '.' && i + 1 < span.Length && IsWordChar(span[i + 1]))))
            {
                i++;
            }

            tokens.Add(new Token(span[start..i].ToString(), kind));
        }

        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool StartsUrl(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.Ordinal)
        || s.StartsWith("https://", StringComparison.Ordinal)
        || s.StartsWith("www.", StringComparison.Ordinal);
}
