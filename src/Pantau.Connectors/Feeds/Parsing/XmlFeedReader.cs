using System.Xml;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// Streams RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 from an <see cref="XmlReader"/> into the model in one pass. RSS and Atom
/// element names are handled by one switch, because feeds mix them (atom:link in RSS, Atom without its namespace).
/// The reader never resolves anything: no DTD processing, no resolver.
/// </summary>
internal sealed partial class XmlFeedReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
        CloseInput = false,
    };

    private readonly XmlReader _reader;
    private readonly IXmlLineInfo _lines;
    private readonly List<string> _warnings;
    private readonly List<ParsedFeedItem> _items = [];
    private readonly List<string> _hubs = [];
    private FeedFormat _format;
    private string? _title;
    private string? _link;
    private string? _language;
    private string? _description;
    private string? _self;
    private int? _ttl;
    private string? _updatePeriod;
    private int? _updateFrequency;
    private DateTimeOffset? _updated;
    private int _skippedItems;
    private Uri? _documentBase;

    private XmlFeedReader(XmlReader reader, List<string> warnings)
    {
        _reader = reader;
        _lines = (IXmlLineInfo)reader;
        _warnings = warnings;
    }

    public bool RootSeen { get; private set; }

    private int Line => _lines.LineNumber;

    /// <summary>
    /// Reads the document. A strict read lets any <see cref="XmlException"/> out (the caller repairs and tries again);
    /// a tolerant one keeps the items completed before a failure once the root is known and warns where it stopped.
    /// </summary>
    public static ParsedFeed Read(string text, Uri? baseUri, List<string> warnings, bool tolerant)
    {
        using var input = new StringReader(text);
        using var xml = XmlReader.Create(input, Settings);
        var feed = new XmlFeedReader(xml, warnings);
        try
        {
            feed.ReadDocument(baseUri);
        }
        catch (XmlException error) when (tolerant && feed.RootSeen)
        {
            warnings.Add(FormattableString.Invariant($"line {Math.Max(error.LineNumber, 1)}: the feed breaks off here ({FirstSentence(error.Message)}); {feed._items.Count} items before it kept"));
        }
        catch (XmlException error) when (tolerant)
        {
            throw NotAFeed(text, error);
        }

        return feed.Finish();
    }

    private static FeedParseException NotAFeed(string text, XmlException error)
    {
        var html = HtmlStart(text);
        if (html.Line > 0)
        {
            return new FeedParseException(html.Line, html.Column, "the document is HTML, not a feed", error);
        }

        return new FeedParseException(Math.Max(error.LineNumber, 1), error.LinePosition, "not well-formed XML before the feed root element: " + FirstSentence(error.Message), error);
    }

    /// <summary>Where "&lt;html" or "&lt;!doctype html" starts, if it does before any other element.</summary>
    private static (int Line, int Column) HtmlStart(string text)
    {
        var at = text.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
        var doctype = text.IndexOf("<!doctype html", StringComparison.OrdinalIgnoreCase);
        if (doctype >= 0 && (at < 0 || doctype < at))
        {
            at = doctype;
        }

        if (at < 0 || text.AsSpan(0, at).Contains("<rss", StringComparison.OrdinalIgnoreCase) || text.AsSpan(0, at).Contains("<feed", StringComparison.OrdinalIgnoreCase))
        {
            return (0, 0);
        }

        var before = text.AsSpan(0, at);
        var line = before.Count('\n') + 1;
        return (line, at - before.LastIndexOf('\n'));
    }

    private static string FirstSentence(string message)
    {
        var stop = message.IndexOf(". ", StringComparison.Ordinal);
        return stop < 0 ? message.TrimEnd('.') : message[..stop];
    }

    private void ReadDocument(Uri? baseUri)
    {
        if (_reader.MoveToContent() != XmlNodeType.Element)
        {
            throw new FeedParseException(Math.Max(Line, 1), 0, "no feed root element (<rss>, <feed>, <rdf:RDF>) or JSON Feed version");
        }

        var name = _reader.LocalName;
        var ns = _reader.NamespaceURI;
        _format = name switch
        {
            "rss" => _reader.GetAttribute("version")?.Trim() switch
            {
                "0.90" => FeedFormat.Rss090,
                "0.91" => FeedFormat.Rss091,
                "0.92" or "0.93" or "0.94" => FeedFormat.Rss092,
                _ => FeedFormat.Rss20,
            },
            "RDF" => _reader.LookupNamespace("") == FeedNamespaces.Rss090 ? FeedFormat.Rss090 : FeedFormat.Rss10,
            "feed" => ns == FeedNamespaces.Atom03 || _reader.GetAttribute("version") == "0.3" ? FeedFormat.Atom03 : FeedFormat.Atom10,
            _ when name.Equals("html", StringComparison.OrdinalIgnoreCase) =>
                throw new FeedParseException(Line, _lines.LinePosition, "the document is HTML, not a feed"),
            _ => throw new FeedParseException(Line, _lines.LinePosition, $"no feed root element (<rss>, <feed>, <rdf:RDF>) or JSON Feed version; the root is <{_reader.Name}>"),
        };

        RootSeen = true;
        _documentBase = baseUri;
        _language = _reader.XmlLang is { Length: > 0 } lang ? lang : null;
        ReadFeedChildren(BaseOf(baseUri));
    }

    private ParsedFeed Finish()
    {
        if (_skippedItems > 0)
        {
            _warnings.Add(FormattableString.Invariant($"line 1: more than {FeedLimits.MaxItems} items; {_skippedItems} skipped"));
        }

        return new ParsedFeed(_format, _title, _link, _language, _description, _items, _warnings)
        {
            SelfUrl = _self,
            HubUrls = _hubs,
            TtlMinutes = _ttl ?? SyndicationMinutes(),
            Updated = _updated,
        };
    }

    /// <summary>sy:updatePeriod (hourly, daily, ...) divided by sy:updateFrequency (default 1), in minutes.</summary>
    private int? SyndicationMinutes()
    {
        int? period = _updatePeriod?.Trim().ToUpperInvariant() switch
        {
            "HOURLY" => 60,
            "DAILY" => 24 * 60,
            "WEEKLY" => 7 * 24 * 60,
            "MONTHLY" => 30 * 24 * 60,
            "YEARLY" => 365 * 24 * 60,
            _ => null,
        };
        if (period is null && _updateFrequency is null)
        {
            return null;
        }

        var frequency = _updateFrequency is > 0 ? _updateFrequency.Value : 1;
        return Math.Max(1, (period ?? 24 * 60) / frequency);
    }

    /// <summary>Children of the root, of an RSS channel or of an RDF document (where items are siblings of the channel).</summary>
    private void ReadFeedChildren(Uri? baseUri)
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return;
        }

        var depth = _reader.Depth;
        _reader.Read();
        while (!AtEndOf(depth))
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                _reader.Read();
                continue;
            }

            var vocabulary = FeedNamespaces.Classify(_reader.NamespaceURI, _reader.Prefix);
            var name = _reader.LocalName;
            switch (vocabulary)
            {
                case FeedVocabulary.Rss or FeedVocabulary.Atom:
                    ReadFeedElement(name, baseUri);
                    break;
                case FeedVocabulary.DublinCore when name == "language":
                    _language = Keep(_language, ReadText());
                    break;
                case FeedVocabulary.DublinCore when name == "date":
                    _updated = Keep(_updated, ReadDate());
                    break;
                case FeedVocabulary.DublinCore when name == "title":
                    _title = Keep(_title, ReadText());
                    break;
                case FeedVocabulary.Syndication when name == "updatePeriod":
                    _updatePeriod = ReadText();
                    break;
                case FeedVocabulary.Syndication when name == "updateFrequency":
                    _updateFrequency = ReadInt();
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        _reader.Read();
    }

    private void ReadFeedElement(string name, Uri? baseUri)
    {
        switch (name)
        {
            case "channel":
                ReadFeedChildren(BaseOf(baseUri));
                break;
            case "item" or "entry":
                ReadItemOrSkip(baseUri);
                break;
            case "title":
                _title = Keep(_title, ReadTitle());
                break;
            case "link":
                ReadFeedLink(baseUri);
                break;
            case "description" or "subtitle" or "tagline":
                _description = Keep(_description, ReadText());
                break;
            case "language":
                _language = Keep(_language, ReadText());
                break;
            case "ttl":
                _ttl = ReadInt() is > 0 and var ttl ? ttl : null;
                break;
            case "lastBuildDate" or "updated" or "modified":
                _updated = ReadDate() ?? _updated;
                break;
            case "pubDate":
                _updated = Keep(_updated, ReadDate());
                break;
            default:
                _reader.Skip();
                break;
        }
    }

    private void ReadFeedLink(Uri? baseUri)
    {
        var href = _reader.GetAttribute("href");
        if (href is null)
        {
            // RSS <link>text</link>; an Atom-less <atom:link/> with neither is nothing.
            var text = ReadText();
            _link ??= FeedLinks.Resolve(text, baseUri);
            return;
        }

        var rel = _reader.GetAttribute("rel")?.Trim() ?? "alternate";
        var url = FeedLinks.Resolve(href, BaseOf(baseUri));
        _reader.Skip();
        if (url is null)
        {
            return;
        }

        switch (rel)
        {
            case "self":
                _self ??= url;
                break;
            case "hub":
                if (!_hubs.Contains(url) && _hubs.Count < FeedLimits.MaxListEntries)
                {
                    _hubs.Add(url);
                }

                break;
            case "alternate":
                _link ??= url;
                break;
        }
    }

    private void ReadItemOrSkip(Uri? baseUri)
    {
        if (_items.Count >= FeedLimits.MaxItems)
        {
            _skippedItems++;
            _reader.Skip();
            return;
        }

        var line = Line;
        var item = ReadItem(BaseOf(baseUri));
        item.BaseIsExplicit = item.Base is not null && item.Base != _documentBase;
        if (item.IsEmpty)
        {
            _warnings.Add(FormattableString.Invariant($"line {line}: item without title, link, id or content skipped"));
            return;
        }

        _items.Add(item.Build());
    }
}
