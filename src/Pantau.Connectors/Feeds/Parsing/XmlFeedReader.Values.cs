using System.Globalization;
using System.Text;
using System.Xml;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>Reading values out of the current element: text (capped), dates, numbers, the xml:base in scope.</summary>
internal sealed partial class XmlFeedReader
{
    /// <summary>
    /// The first value of a repeated element wins, but the repeat must still be read: an element left unconsumed
    /// would be met again, forever. So the new value is always read, then dropped when one is already there.
    /// </summary>
    private static T Keep<T>(T existing, T read) => existing is null ? read : existing;

    private bool AtEndOf(int depth)
    {
        if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth)
        {
            return true;
        }

        if (_reader.EOF)
        {
            throw new XmlException("unexpected end of the document", null, Line, _lines.LinePosition);
        }

        return false;
    }

    private Uri? BaseOf(Uri? inherited) =>
        _reader.HasAttributes ? FeedLinks.Combine(inherited, _reader.GetAttribute("base", FeedNamespaces.Xml)) : inherited;

    private int? ReadInt()
    {
        var text = ReadText();
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private DateTimeOffset? ReadDate()
    {
        var line = Line;
        var text = ReadText();
        if (text is null)
        {
            return null;
        }

        if (FeedDates.TryParse(text, out var value))
        {
            return value;
        }

        _warnings.Add(FormattableString.Invariant($"line {line}: unreadable date '{(text.Length > 60 ? text[..60] + "…" : text)}'"));
        return null;
    }

    /// <summary>
    /// The text of the current element, trimmed, null when empty; consumes the element. With
    /// <paramref name="markup"/>, child elements (HTML that was not escaped) are kept as markup, else only their text.
    /// </summary>
    private string? ReadText(bool markup = false)
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return null;
        }

        var depth = _reader.Depth;
        var line = Line;
        _reader.Read();
        string? single = null;
        StringBuilder? many = null;
        var mixed = false;
        while (!AtEndOf(depth))
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // Beside unescaped child elements, text is character data and must stay text in the HTML.
                    Append(mixed ? EscapeText(_reader.Value) : _reader.Value, ref single, ref many);
                    _reader.Read();
                    break;
                case XmlNodeType.CDATA:
                    Append(_reader.Value, ref single, ref many);
                    _reader.Read();
                    break;
                case XmlNodeType.Element when markup:
                    if (!mixed)
                    {
                        mixed = true;
                        var before = many?.ToString() ?? single;
                        (single, many) = (before is null ? null : EscapeText(before), null);
                    }

                    var ns = _reader.NamespaceURI;
                    var element = _reader.ReadOuterXml();
                    Append(ns.Length == 0 ? element : element.Replace(" xmlns=\"" + ns + "\"", "", StringComparison.Ordinal), ref single, ref many);
                    break;
                default:
                    _reader.Read();
                    break;
            }
        }

        _reader.Read();
        var text = many?.ToString() ?? single;
        if (text is null)
        {
            return null;
        }

        if (text.Length > FeedLimits.MaxFieldChars)
        {
            _warnings.Add(FormattableString.Invariant($"line {line}: text longer than {FeedLimits.MaxFieldChars} characters cut"));
            text = text[..FeedLimits.MaxFieldChars];
        }

        var trimmed = text.AsSpan().Trim();
        return trimmed.Length == 0 ? null : trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    private static string EscapeText(string text) =>
        text.AsSpan().IndexOfAny('&', '<', '>') < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static void Append(string value, ref string? single, ref StringBuilder? many)
    {
        if (many is not null)
        {
            // Stop growing far past the cap; the caller cuts to the exact limit.
            if (many.Length <= FeedLimits.MaxFieldChars)
            {
                many.Append(value);
            }
        }
        else if (single is null)
        {
            single = value;
        }
        else
        {
            many = new StringBuilder(single.Length + value.Length).Append(single).Append(value);
            single = null;
        }
    }
}
