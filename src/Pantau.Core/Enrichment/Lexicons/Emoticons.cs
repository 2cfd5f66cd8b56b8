using System.Buffers;

namespace Pantau.Core.Enrichment.Lexicons;

/// <summary>ASCII emoticons (":)", ":'(", "T_T", "&lt;3"). The tokeniser drops punctuation, so they are found in the raw text.</summary>
public static class Emoticons
{
    private static readonly SearchValues<char> Marks = SearchValues.Create(":;=<>_^");

    public static bool IsEmoticon(string term) =>
        term.Length is >= 2 and <= 5 && !term.Any(char.IsWhiteSpace) && term.AsSpan().IndexOfAny(Marks) >= 0;

    /// <summary>Every emoticon of <paramref name="known"/> that occurs in <paramref name="text"/> as its own word.</summary>
    public static void Find(string text, IReadOnlyList<string> known, List<string> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(found);
        if (text.AsSpan().IndexOfAny(Marks) < 0)
        {
            return;
        }

        foreach (var emoticon in known)
        {
            var at = text.IndexOf(emoticon, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var before = at == 0 || char.IsWhiteSpace(text[at - 1]) || !char.IsLetterOrDigit(text[at - 1]);
                var end = at + emoticon.Length;
                var after = end == text.Length || char.IsWhiteSpace(text[end]) || (!char.IsLetterOrDigit(text[end]) && text[end] != ':');
                if (before && after && !IsInsideUrl(text, at))
                {
                    found.Add(emoticon);
                    break;
                }

                at = text.IndexOf(emoticon, end, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static bool IsInsideUrl(string text, int at)
    {
        var start = text.LastIndexOf(' ', Math.Max(0, at - 1)) + 1;
        var word = text.AsSpan(start, at - start);
        return word.Contains("http", StringComparison.OrdinalIgnoreCase) || word.Contains("www.", StringComparison.OrdinalIgnoreCase);
    }
}
