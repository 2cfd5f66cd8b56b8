using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// Plain text of feed HTML, for matching and enrichment: entities decoded, scripts and styles dropped, block elements
/// turned into line breaks (paragraphs into blank lines), runs of spaces collapsed.
/// </summary>
public static class FeedText
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section", "article",
        "header", "footer", "figure", "dl", "hr", "aside", "main", "nav", "address", "details", "form", "fieldset",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "li", "tr", "dt", "dd", "figcaption", "caption", "summary",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math", "select", "textarea",
    };

    public static string ToPlainText(string? htmlOrText, bool isHtml = true)
    {
        if (string.IsNullOrEmpty(htmlOrText))
        {
            return "";
        }

        if (!isHtml || htmlOrText.AsSpan().IndexOfAny('<', '&') < 0)
        {
            var plain = new TextWriterState(htmlOrText.Length, keepLines: !isHtml);
            plain.Text(htmlOrText);
            return plain.Finish();
        }

        var writer = new TextWriterState(htmlOrText.Length, keepLines: false);
        var document = Parser.ParseDocument(htmlOrText);
        if (document.Body is { } body)
        {
            Walk(body, writer);
        }

        return writer.Finish();
    }

    private static void Walk(INode node, TextWriterState writer)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                writer.Text(text.Data);
            }
            else if (child is IElement element)
            {
                var name = element.LocalName;
                if (Dropped.Contains(name))
                {
                    continue;
                }

                var paragraph = Paragraphs.Contains(name);
                var line = !paragraph && Lines.Contains(name);
                if (paragraph)
                {
                    writer.Break(2);
                }
                else if (line && name != "br")
                {
                    writer.Break(1);
                }

                Walk(element, writer);
                if (paragraph)
                {
                    writer.Break(2);
                }
                else if (line)
                {
                    writer.Break(1);
                }
                else if (name is "img" && element.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    writer.Text(" " + alt + " ");
                }
            }
        }
    }

    /// <summary>
    /// Collapses whitespace as text arrives and keeps only the strongest pending break. Plain text keeps its line
    /// breaks (a blank line stays a paragraph break); in HTML a line break is just whitespace.
    /// </summary>
    private sealed class TextWriterState(int capacity, bool keepLines)
    {
        private readonly StringBuilder _output = new(Math.Min(capacity, 64 * 1024));
        private int _pendingBreak;
        private int _newlines;
        private bool _pendingSpace;

        public void Text(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (c == '\n' && keepLines && _output.Length > 0)
                    {
                        _newlines++;
                        _pendingBreak = Math.Max(_pendingBreak, Math.Min(_newlines, 2));
                    }

                    _pendingSpace = _output.Length > 0;
                    continue;
                }

                if (_pendingBreak > 0 && _output.Length > 0)
                {
                    _output.Append('\n', _pendingBreak);
                }
                else if (_pendingSpace)
                {
                    _output.Append(' ');
                }

                _pendingBreak = 0;
                _newlines = 0;
                _pendingSpace = false;
                _output.Append(c);
            }
        }

        public void Break(int lines) => _pendingBreak = Math.Max(_pendingBreak, lines);

        public string Finish() => _output.ToString();
    }
}
