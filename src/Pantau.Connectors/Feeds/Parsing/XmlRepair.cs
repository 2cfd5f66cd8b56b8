using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// The second chance for a document the strict XML pass refused: escapes bare '&amp;', turns HTML named entities into
/// character references, drops characters XML forbids, removes the DTD (so nothing declared in it is ever expanded)
/// and declares prefixes used without a declaration. Line breaks are kept, so line numbers still match the original.
/// Each kind of repair is reported once, with the first line it happened on.
/// </summary>
internal static partial class XmlRepair
{
    private const int MaxEntityName = 32;

    public static string Repair(string text, List<string> warnings)
    {
        var output = new StringBuilder(text.Length + 256);
        var report = new RepairReport();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
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
        while (i < end)
        {
            if (IsXmlChar(text, i, out var width))
            {
                if (text[i] == '\n')
                {
                    line++;
                }

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
                    // As a character reference, so "&LT;" cannot turn into markup.
                    foreach (var rune in symbol.EnumerateRunes())
                    {
                        output.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
                    }

                    RepairReport.Note(ref report.Html, line);
                    return j + 1;
                }

                RepairReport.Note(ref report.Unknown, line);
                output.Append("&amp;");
                return i + 1;
            }
        }

        RepairReport.Note(ref report.Bare, line);
        output.Append("&amp;");
        return i + 1;
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
        var declared = new HashSet<string>(StringComparer.Ordinal) { "xml", "xmlns" };
        foreach (Match match in DeclarationPattern().Matches(text))
        {
            declared.Add(match.Groups[1].Value);
        }

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in PrefixUsePattern().Matches(text))
        {
            var prefix = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            if (!declared.Contains(prefix))
            {
                missing.Add(prefix);
            }
        }

        var root = RootNamePattern().Match(text);
        if (missing.Count == 0 || !root.Success)
        {
            return text;
        }

        var declarations = new StringBuilder();
        foreach (var prefix in missing)
        {
            declarations.Append(" xmlns:").Append(prefix).Append("=\"").Append(FeedNamespaces.UriForPrefix(prefix)).Append('"');
        }

        report.Prefixes = string.Join(", ", missing);
        var at = root.Index + root.Length;
        return string.Concat(text.AsSpan(0, at), declarations.ToString(), text.AsSpan(at));
    }

    [GeneratedRegex(@"xmlns:([A-Za-z_][\w.\-]*)\s*=")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"<([A-Za-z_][\w.\-]*):[A-Za-z_]|\s([A-Za-z_][\w.\-]*):[A-Za-z_][\w.\-]*\s*=\s*[""']")]
    private static partial Regex PrefixUsePattern();

    [GeneratedRegex(@"<[A-Za-z_][\w.\-:]*")]
    private static partial Regex RootNamePattern();

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
