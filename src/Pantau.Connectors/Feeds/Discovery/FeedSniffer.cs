using System.Text;
using System.Text.Json;
using System.Xml;

namespace Pantau.Connectors.Feeds.Discovery;

/// <summary>
/// Tells whether a body is a feed by its root alone (rss, Atom feed, rdf:RDF, or JSON Feed's version), without
/// parsing it: enough for discovery, which only needs to know which candidate to offer.
/// </summary>
public static class FeedSniffer
{
    private const int XmlPeekBytes = 64 * 1024;
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static bool IsFeed(byte[] body) => Sniff(body) != SniffedFormat.None;

    public static SniffedFormat Sniff(byte[] body)
    {
        var start = StartOfContent(body);
        if (start >= body.Length)
        {
            return SniffedFormat.None;
        }

        return body[start] switch
        {
            (byte)'{' => SniffJson(body.AsSpan(start)),
            (byte)'<' => SniffXml(body),
            _ => SniffedFormat.None,
        };
    }

    private static SniffedFormat SniffXml(byte[] body)
    {
        // The root comes early; a peek at the start keeps a huge or hostile document cheap.
        var length = Math.Min(body.Length, XmlPeekBytes);
        try
        {
            using var stream = new MemoryStream(body, 0, length, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            return RootFormat(reader);
        }
        catch (XmlException)
        {
            // Often an encoding .NET does not carry (windows-1252); element names are ASCII, so read it as Latin-1.
        }

        try
        {
            using var text = new StringReader(Encoding.Latin1.GetString(body, 0, length));
            using var reader = XmlReader.Create(text, Settings);
            return RootFormat(reader);
        }
        catch (XmlException)
        {
            return SniffedFormat.None;
        }
    }

    private static SniffedFormat RootFormat(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            return reader.LocalName switch
            {
                "rss" => SniffedFormat.Rss,
                "feed" => SniffedFormat.Atom,
                "RDF" when reader.NamespaceURI == RdfNamespace => SniffedFormat.Rdf,
                _ => SniffedFormat.None,
            };
        }

        return SniffedFormat.None;
    }

    private static SniffedFormat SniffJson(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return SniffedFormat.None;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("version"u8);
                if (!reader.Read())
                {
                    return SniffedFormat.None;
                }

                if (isVersion)
                {
                    var version = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    return version is not null
                        && (version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase)
                            || version.StartsWith("http://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
                        ? SniffedFormat.JsonFeed
                        : SniffedFormat.None;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return SniffedFormat.None;
    }

    private static int StartOfContent(byte[] body)
    {
        var i = body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        // UTF-16 XML starts with a byte-order mark or a zero byte beside '<'.
        if (i < body.Length - 1 && (body[i] is 0xFE or 0xFF || body[i] == 0 || body[i + 1] == 0))
        {
            return Array.IndexOf(body, (byte)'<', i) is var lt and >= 0 ? lt : body.Length;
        }

        return i;
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, // never resolve entities or DTDs from strangers
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 1024,
    };
}
