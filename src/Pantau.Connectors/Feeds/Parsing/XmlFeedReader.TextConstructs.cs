using System.Net;
using System.Text;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>Titles and Atom text constructs (type text, html, xhtml; Atom 0.3 modes), always returned as HTML.</summary>
internal sealed partial class XmlFeedReader
{
    private string? ReadTitle()
    {
        var type = _reader.GetAttribute("type");
        if (type is "html" or "xhtml" or "text/html" || _reader.GetAttribute("mode") == "escaped")
        {
            var html = ReadAtomText();
            return html is null ? null : NullIfEmpty(FeedText.ToPlainText(html));
        }

        return ReadText();
    }

    /// <summary>An Atom text construct as HTML: type text is escaped, html taken as is, xhtml unwrapped from its div.</summary>
    private string? ReadAtomText()
    {
        var type = _reader.GetAttribute("type")?.Trim();
        var mode = _reader.GetAttribute("mode")?.Trim();
        if (mode == "base64")
        {
            var encoded = ReadText();
            try
            {
                return encoded is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            }
            catch (FormatException)
            {
                _warnings.Add(FormattableString.Invariant($"line {Line}: content that is not valid base64 skipped"));
                return null;
            }
        }

        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml")
        {
            return UnwrapXhtml(ReadText(markup: true));
        }

        if (type is "html" or "text/html" || mode == "escaped")
        {
            return ReadText(markup: true);
        }

        // Atom 1.0 says type="text" (the default) is plain text; in the wild it is often HTML sent without a type.
        if (type is null && _format != FeedFormat.Atom10)
        {
            return ReadText(markup: true);
        }

        var text = ReadText(markup: type is null);
        return type is null && LooksLikeHtml(text) ? text : Escape(text);
    }

    private static bool LooksLikeHtml(string? text) =>
        text is not null && (text.Contains("</", StringComparison.Ordinal) || text.Contains("<br", StringComparison.OrdinalIgnoreCase) || text.Contains("<p>", StringComparison.OrdinalIgnoreCase));

    private static string? UnwrapXhtml(string? markup)
    {
        if (markup is null)
        {
            return null;
        }

        markup = markup.Replace(" xmlns=\"" + FeedNamespaces.Xhtml + "\"", "", StringComparison.Ordinal);
        if (markup.StartsWith("<div", StringComparison.Ordinal) && markup.EndsWith("</div>", StringComparison.Ordinal))
        {
            var open = markup.IndexOf('>', StringComparison.Ordinal);
            markup = markup[(open + 1)..^"</div>".Length].Trim();
        }

        return NullIfEmpty(markup);
    }

    private static string? Escape(string? text) => text is null ? null : WebUtility.HtmlEncode(text);

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
