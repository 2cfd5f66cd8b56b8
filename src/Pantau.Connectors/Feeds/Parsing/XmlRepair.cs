using System.Buffers;
using System.Globalization;
using System.Text;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// The second chance for a document the strict XML pass refused: escapes bare '&amp;', turns HTML named entities into
/// character references, drops characters XML forbids, removes the DTD (so nothing declared in it is ever expanded)
/// and declares prefixes used without a declaration. Line breaks are kept, so line numbers still match the original.
/// Each kind of repair is reported once, with the first line it happened on.
/// </summary>
internal static class XmlRepair
{
    private const int MaxEntityName = 32;

    /// <summary>Characters XML forbids, or that start a surrogate pair (checked one by one).</summary>
    private static readonly SearchValues<char> Illegal = SearchValues.Create(IllegalCharacters());

    /// <summary>What the repair loop must look at: the illegal characters plus '&amp;', '&lt;' and line feeds.</summary>
    private static readonly SearchValues<char> Attention = SearchValues.Create(IllegalCharacters() + "&<\n");

    public static string Repair(string text, List<string> warnings)
    {
        var output = new StringBuilder(text.Length + 256);
        var report = new RepairReport();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            // Most of a feed needs no repair: copy it in runs up to the next character that might.
            var run = text.AsSpan(i).IndexOfAny(Attention);
            if (run < 0)
            {
                output.Append(text, i, text.Length - i);
                break;
            }

            output.Append(text, i, run);
            i += run;
            var c = text[i];
            if (c == '\n')
            {
                line++;
                output.Append(c);
                i++;
            }
            else if (c == '<' && (i + 1 >= text.Length || text[i + 1] != '!'))
            {
                output.Append(c);
                i++;
            }
            else if (c == '<' && Follows(text, i, "<![CDATA["))
            {
                i = CopyVerbatim(text, i, "]]>", output, ref line, report);
            }
            else if (c == '<' && Follows(text, i, "<!--"))
            {
                i = CopyVerbatim(text, i, "-->", output, ref line, report);
            }
            else if (c == '<' && Follows(text, i, "<!DOCTYPE"))
            {
                var end = DoctypeEnd(text, i);
                var newlines = text.AsSpan(i, end - i).Count('\n');
                RepairReport.Note(ref report.Dtd, line);
                output.Append('\n', newlines);
                line += newlines;
                i = end;
            }
            else if (c == '&')
            {
                i = RepairReference(text, i, output, line, report);
            }
            else if (!IsXmlChar(text, i, out var width))
            {
                RepairReport.Note(ref report.Illegal, line);
                i += width;
            }
            else
            {
                output.Append(text, i, width);
                i += width;
            }
        }

        var repaired = DeclareMissingPrefixes(output.ToString(), report);
        report.WriteTo(warnings);
        return repaired;
    }

    private static bool Follows(string text, int i, string what) =>
        string.Compare(text, i, what, 0, what.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int CopyVerbatim(string text, int i, string terminator, StringBuilder output, ref int line, RepairReport report)
    {
        var end = text.IndexOf(terminator, i + 4, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end + terminator.Length;
        var section = text.AsSpan(i, end - i);
        line += section.Count('\n');
        if (section.IndexOfAny(Illegal) < 0)
        {
            output.Append(section);
            return end;
        }

        while (i < end)
        {
            if (IsXmlChar(text, i, out var width))
            {
                output.Append(text, i, width);
            }
            else
            {
                RepairReport.Note(ref report.Illegal, line);
            }

            i += width;
        }

        return end;
    }

    /// <summary>The end of a DOCTYPE, past its internal subset when there is one.</summary>
    private static int DoctypeEnd(string text, int i)
    {
        var close = text.IndexOf('>', i);
        var open = text.IndexOf('[', i);
        if (open >= 0 && (close < 0 || open < close))
        {
            var subsetEnd = text.IndexOf("]>", open, StringComparison.Ordinal);
            if (subsetEnd < 0)
            {
                var bracket = text.IndexOf(']', open);
                close = bracket < 0 ? -1 : text.IndexOf('>', bracket);
            }
            else
            {
                close = subsetEnd + 1;
            }
        }

        return close < 0 ? text.Length : close + 1;
    }

    private static int RepairReference(string text, int i, StringBuilder output, int line, RepairReport report)
    {
        var j = i + 1;
        if (j < text.Length && text[j] == '#')
        {
            j++;
            var hex = j < text.Length && text[j] is 'x' or 'X';
            if (hex)
            {
                j++;
            }

            var digitsStart = j;
            while (j < text.Length && j - digitsStart < 8 && (hex ? char.IsAsciiHexDigit(text[j]) : char.IsAsciiDigit(text[j])))
            {
                j++;
            }

            if (j > digitsStart && j < text.Length && text[j] == ';')
            {
                var code = int.Parse(text.AsSpan(digitsStart, j - digitsStart), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture);
                if (IsXmlCodePoint(code))
                {
                    output.Append(text, i, j + 1 - i);
                }
                else
                {
                    RepairReport.Note(ref report.Illegal, line);
                }

                return j + 1;
            }
        }
        else
        {
            while (j < text.Length && j - i <= MaxEntityName && char.IsAsciiLetterOrDigit(text[j]))
            {
                j++;
            }

            if (j > i + 1 && j < text.Length && text[j] == ';')
            {
                var name = text.Substring(i + 1, j - i - 1);
                if (name is "amp" or "lt" or "gt" or "quot" or "apos")
                {
                    output.Append(text, i, j + 1 - i);
                    return j + 1;
                }

                if (HtmlEntities.Find(name) is { } symbol)
                {
                    AppendReferences(output, symbol);
                    RepairReport.Note(ref report.Html, line);
                    return j + 1;
                }

                RepairReport.Note(ref report.Unknown, line);
                output.Append("&amp;");
                return i + 1;
            }

            // HTML's legacy references without a semicolon ("&nbsp ", "&copy 2024"), but not inside a longer word
            // or a query parameter ("&copyright", "&copy=1").
            if (j > i + 1 && (j == text.Length || text[j] != '=') && HtmlEntities.FindLegacy(text.AsSpan(i + 1, j - i - 1)) is { } legacy)
            {
                AppendReferences(output, legacy);
                RepairReport.Note(ref report.Html, line);
                return j;
            }
        }

        RepairReport.Note(ref report.Bare, line);
        output.Append("&amp;");
        return i + 1;
    }

    private static string IllegalCharacters()
    {
        var characters = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                characters.Append(c);
            }
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            characters.Append(c);
        }

        return characters.Append('\uFFFE').Append('\uFFFF').ToString();
    }

    /// <summary>Character references rather than the characters, so "&amp;LT;" cannot turn into markup.</summary>
    private static void AppendReferences(StringBuilder output, string symbol)
    {
        foreach (var rune in symbol.EnumerateRunes())
        {
            output.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
        }
    }

    private static bool IsXmlChar(string text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return true;
            }

            return false;
        }

        return c >= 0x20 ? c is not ((char)0xFFFE or (char)0xFFFF) && !char.IsLowSurrogate(c) : c is '\t' or '\n' or '\r';
    }

    private static bool IsXmlCodePoint(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    private static string DeclareMissingPrefixes(string text, RepairReport report)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal) { "xml", "xmlns" };
        var rootNameEnd = ScanNames(text, used, declared);
        used.ExceptWith(declared);
        if (used.Count == 0 || rootNameEnd < 0)
        {
            return text;
        }

        var missing = used.Order(StringComparer.Ordinal).ToList();
        var declarations = new StringBuilder();
        foreach (var prefix in missing)
        {
            declarations.Append(" xmlns:").Append(prefix).Append("=\"").Append(FeedNamespaces.UriForPrefix(prefix)).Append('"');
        }

        report.Prefixes = string.Join(", ", missing);
        return string.Concat(text.AsSpan(0, rootNameEnd), declarations.ToString(), text.AsSpan(rootNameEnd));
    }

    /// <summary>
    /// Collects the prefixes of element and attribute names and the prefixes declared by xmlns:p attributes, in one
    /// linear pass over the tags; returns where the root element's name ends (-1 without one).
    /// </summary>
    private static int ScanNames(string text, HashSet<string> used, HashSet<string> declared)
    {
        var rootNameEnd = -1;
        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0 && ++i < text.Length)
        {
            if (text[i] is '/' or '!' or '?')
            {
                continue;
            }

            var start = i;
            while (i < text.Length && IsNameChar(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                continue;
            }

            if (rootNameEnd < 0)
            {
                rootNameEnd = i;
            }

            NotePrefix(text.AsSpan(start, i - start), used, declared);
            while (i < text.Length && text[i] is not ('>' or '<'))
            {
                var c = text[i];
                if (c is '"' or '\'')
                {
                    var close = text.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        return rootNameEnd;
                    }

                    i = close + 1;
                }
                else if (IsNameChar(c))
                {
                    start = i;
                    while (i < text.Length && IsNameChar(text[i]))
                    {
                        i++;
                    }

                    NotePrefix(text.AsSpan(start, i - start), used, declared);
                }
                else
                {
                    i++;
                }
            }
        }

        return rootNameEnd;
    }

    private static void NotePrefix(ReadOnlySpan<char> name, HashSet<string> used, HashSet<string> declared)
    {
        var colon = name.IndexOf(':');
        if (colon <= 0 || colon == name.Length - 1)
        {
            return;
        }

        var prefix = name[..colon];
        if (prefix.SequenceEqual("xmlns"))
        {
            declared.GetAlternateLookup<ReadOnlySpan<char>>().Add(name[(colon + 1)..]);
        }
        else
        {
            used.GetAlternateLookup<ReadOnlySpan<char>>().Add(prefix);
        }
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or ':' or '-' or '.' || c > 0x7F;

    private sealed class RepairReport
    {
        public (int Count, int Line) Bare;
        public (int Count, int Line) Html;
        public (int Count, int Line) Unknown;
        public (int Count, int Line) Illegal;
        public (int Count, int Line) Dtd;
        public string? Prefixes;

        public static void Note(ref (int Count, int Line) what, int line) => what = (what.Count + 1, what.Count == 0 ? line : what.Line);

        public void WriteTo(List<string> warnings)
        {
            Add(warnings, Dtd, "DTD removed; entities declared in it are not expanded");
            Add(warnings, Bare, "bare '&' escaped");
            Add(warnings, Html, "HTML entities (such as &nbsp;) replaced by their characters");
            Add(warnings, Unknown, "unknown entities left as text");
            Add(warnings, Illegal, "characters not allowed in XML removed");
            if (Prefixes is not null)
            {
                warnings.Add($"line 1: undeclared namespace prefixes declared: {Prefixes}");
            }
        }

        private static void Add(List<string> warnings, (int Count, int Line) what, string message)
        {
            if (what.Count > 0)
            {
                warnings.Add(FormattableString.Invariant($"line {what.Line}: {message} ({what.Count}×)"));
            }
        }
    }
}
