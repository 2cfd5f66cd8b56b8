using System.Xml;

namespace Pantau.Connectors.Feeds.Opml;

/// <summary>
/// Reads the feeds of an OPML 1.0 or 2.0 subscription list (as feed readers export it): every <c>outline</c> with an
/// <c>xmlUrl</c>, at any depth, with the titles of the outlines around it as its category. DTDs are refused.
/// </summary>
public static class OpmlReader
{
    /// <summary>Most feeds read from one list; an export from a feed reader has hundreds, not this many.</summary>
    public const int MaxFeeds = 20_000;

    /// <exception cref="FormatException">The document is not OPML; the message names the line.</exception>
    public static IReadOnlyList<OpmlFeed> Read(Stream opml)
    {
        ArgumentNullException.ThrowIfNull(opml);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = 50_000_000,
        };
        var feeds = new List<OpmlFeed>();
        var folders = new Stack<string?>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var reader = XmlReader.Create(opml, settings);
        try
        {
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "opml")
            {
                throw new FormatException(At(reader, "the document is not OPML (its root element is not <opml>)"));
            }

            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "outline")
                {
                    folders.Pop();
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "outline")
                {
                    continue;
                }

                var title = Attribute(reader, "title") ?? Attribute(reader, "text");
                var xmlUrl = Attribute(reader, "xmlUrl") ?? Attribute(reader, "xmlurl");
                if (xmlUrl is not null && seen.Add(xmlUrl) && feeds.Count < MaxFeeds)
                {
                    var category = string.Join(" / ", folders.Reverse().Where(f => f is not null)) is { Length: > 0 } path ? path : Attribute(reader, "category");
                    feeds.Add(new OpmlFeed(xmlUrl, title, Attribute(reader, "htmlUrl"), category));
                }

                if (!reader.IsEmptyElement)
                {
                    folders.Push(xmlUrl is null ? title : null);
                }
            }
        }
        catch (XmlException exception)
        {
            throw new FormatException($"line {Math.Max(1, exception.LineNumber)}: {exception.Message}", exception);
        }

        return feeds;
    }

    private static string? Attribute(XmlReader reader, string name) =>
        reader.GetAttribute(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string At(XmlReader reader, string message) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}: {message}" : message;
}
