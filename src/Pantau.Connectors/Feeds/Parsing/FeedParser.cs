using System.Xml;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 from a response body. XML is first read strictly and
/// fast; when that fails the text is repaired (<see cref="XmlRepair"/>) and read again, tolerating a break: items
/// completed before it are kept and the break is reported in <see cref="ParsedFeed.Warnings"/>. A document that is
/// no feed at all raises <see cref="FeedParseException"/> naming the line.
/// </summary>
public static class FeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> bytes, Uri? baseUri = null, string? httpCharset = null)
    {
        var warnings = new List<string>();
        var text = FeedDecoding.Decode(bytes, httpCharset, warnings);
        var start = FirstSignificant(text);
        if (start < 0)
        {
            throw new FeedParseException(1, 1, "the document is empty");
        }

        if (text[start] is '{' or '[')
        {
            return JsonFeedReader.Read(text, baseUri, warnings);
        }

        try
        {
            return XmlFeedReader.Read(text, baseUri, [.. warnings], tolerant: false);
        }
        catch (XmlException)
        {
            var repaired = XmlRepair.Repair(text, warnings);
            return XmlFeedReader.Read(repaired, baseUri, warnings, tolerant: true);
        }
    }

    private static int FirstSignificant(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '\uFEFF')
            {
                return i;
            }
        }

        return -1;
    }
}
