using System.Buffers;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// Plain text of feed HTML, for matching and enrichment: entities decoded, scripts and styles dropped, block elements
/// turned into line breaks (paragraphs into blank lines), runs of spaces collapsed.
/// </summary>
public static class FeedText
{
    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal)
    {
        "p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section", "article",
        "header", "footer", "figure", "dl", "hr", "aside", "main", "nav", "address", "details", "form", "fieldset",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal)
    {
        "br", "li", "tr", "dt", "dd", "figcaption", "caption", "summary",
    };

    /// <summary>Unicode white space, including the no-break space that &amp;nbsp; decodes to.</summary>
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Elements whose content is not text a person reads, with the tokenizer mode their content needs.</summary>
    private static readonly Dictionary<string, HtmlParseMode> Dropped = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script,
        ["style"] = HtmlParseMode.Rawtext,
        ["noscript"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext,
        ["noembed"] = HtmlParseMode.Rawtext,
        ["noframes"] = HtmlParseMode.Rawtext,
        ["xmp"] = HtmlParseMode.Rawtext,
        ["textarea"] = HtmlParseMode.RCData,
        ["title"] = HtmlParseMode.RCData,
        ["template"] = HtmlParseMode.PCData,
        ["svg"] = HtmlParseMode.PCData,
        ["math"] = HtmlParseMode.PCData,
        ["object"] = HtmlParseMode.PCData,
        ["select"] = HtmlParseMode.PCData,
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

        // The tokenizer alone, without building a DOM: plain text needs the order of text and tags, not the tree.
        using var source = new TextSource(htmlOrText);
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var writer = new TextWriterState(htmlOrText.Length, keepLines: false);
        string? dropping = null;
        var dropDepth = 0;
        while (true)
        {
            var token = tokenizer.Get();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return writer.Finish();
                case HtmlTokenType.Character when dropping is null:
                    writer.Text(token.Data);
                    break;
                case HtmlTokenType.StartTag when dropping is not null:
                    dropDepth += token.Name == dropping ? 1 : 0;
                    break;
                case HtmlTokenType.StartTag when Dropped.TryGetValue(token.Name, out var mode):
                    if (!token.AsTag().IsSelfClosing)
                    {
                        // Script and style bodies are raw text in HTML; tell the tokenizer, as the tree builder would.
                        tokenizer.State = mode;
                        dropping = token.Name;
                        dropDepth = 1;
                    }

                    break;
                case HtmlTokenType.StartTag:
                    StartTag(token, writer);
                    break;
                case HtmlTokenType.EndTag when dropping is not null:
                    if (token.Name == dropping && --dropDepth == 0)
                    {
                        dropping = null;
                    }

                    break;
                case HtmlTokenType.EndTag when Paragraphs.Contains(token.Name):
                    writer.Break(2);
                    break;
                case HtmlTokenType.EndTag when Lines.Contains(token.Name):
                    writer.Break(1);
                    break;
            }
        }
    }

    private static void StartTag(HtmlToken token, TextWriterState writer)
    {
        var name = token.Name;
        if (Paragraphs.Contains(name))
        {
            writer.Break(2);
        }
        else if (Lines.Contains(name))
        {
            writer.Break(1);
        }
        else if (name == "img" && token.AsTag().GetAttribute("alt") is { Length: > 0 } alt)
        {
            writer.Text(" " + alt + " ");
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
            var rest = text.AsSpan();
            while (!rest.IsEmpty)
            {
                var space = rest.IndexOfAny(Whitespace);
                var word = space < 0 ? rest : rest[..space];
                if (!word.IsEmpty)
                {
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
                    _output.Append(word);
                }

                if (space < 0)
                {
                    return;
                }

                if (rest[space] == '\n' && keepLines && _output.Length > 0)
                {
                    _newlines++;
                    _pendingBreak = Math.Max(_pendingBreak, Math.Min(_newlines, 2));
                }

                _pendingSpace = _output.Length > 0;
                rest = rest[(space + 1)..];
            }
        }

        public void Break(int lines) => _pendingBreak = Math.Max(_pendingBreak, lines);

        public string Finish() => _output.ToString();
    }
}
