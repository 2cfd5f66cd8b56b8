using System.Xml;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>Items and entries: RSS, Atom, content:, dc:, media:, slash:, thr: and wfw: elements.</summary>
internal sealed partial class XmlFeedReader
{
    private ItemBuilder ReadItem(Uri? baseUri)
    {
        var item = new ItemBuilder { Base = baseUri, Language = _reader.XmlLang is { Length: > 0 } lang && lang != _language ? lang : null };
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return item;
        }

        // RSS 1.0 names the item by its link in rdf:about.
        var about = _reader.GetAttribute("about", FeedNamespaces.Rdf);
        var depth = _reader.Depth;
        _reader.Read();
        while (!AtEndOf(depth))
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                _reader.Read();
                continue;
            }

            var name = _reader.LocalName;
            switch (FeedNamespaces.Classify(_reader.NamespaceURI, _reader.Prefix))
            {
                case FeedVocabulary.Rss or FeedVocabulary.Atom:
                    ReadItemElement(item, name, baseUri);
                    break;
                case FeedVocabulary.Content when name == "encoded":
                    item.Content = Keep(item.Content, ReadText(markup: true));
                    break;
                case FeedVocabulary.DublinCore:
                    ReadDublinCore(item, name);
                    break;
                case FeedVocabulary.Media:
                    ReadMedia(item, name, baseUri);
                    break;
                case FeedVocabulary.Slash when name == "comments":
                    item.CommentCount = Keep(item.CommentCount, ReadInt());
                    break;
                case FeedVocabulary.Thread when name == "in-reply-to":
                    item.InReplyTo ??= _reader.GetAttribute("ref")?.Trim();
                    item.InReplyToLink ??= FeedLinks.Resolve(_reader.GetAttribute("href"), BaseOf(baseUri));
                    _reader.Skip();
                    break;
                case FeedVocabulary.Thread when name == "total":
                    item.CommentCount = ReadInt() ?? item.CommentCount;
                    break;
                case FeedVocabulary.CommentApi when name is "commentRss" or "commentRSS":
                    item.CommentFeedUrl = Keep(item.CommentFeedUrl, FeedLinks.Resolve(ReadText(), baseUri));
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        _reader.Read();
        if (item.Link is null && about is not null && _format is FeedFormat.Rss10 or FeedFormat.Rss090)
        {
            item.Link = FeedLinks.Resolve(about, baseUri);
        }

        return item;
    }

    private void ReadItemElement(ItemBuilder item, string name, Uri? baseUri)
    {
        switch (name)
        {
            case "title":
                item.Title = Keep(item.Title, ReadTitle());
                break;
            case "link":
                ReadItemLink(item, baseUri);
                break;
            case "description":
                item.Summary = Keep(item.Summary, ReadText(markup: true));
                break;
            case "summary":
                item.Summary = Keep(item.Summary, ReadAtomText());
                break;
            case "content":
                item.Base = BaseOf(item.Base);
                item.Content = Keep(item.Content, ReadAtomText());
                break;
            case "guid":
                item.GuidIsPermaLink = !string.Equals(_reader.GetAttribute("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                item.Guid = Keep(item.Guid, ReadText());
                break;
            case "id":
                item.Id = Keep(item.Id, ReadText());
                break;
            case "author" or "creator":
                item.Author = Keep(item.Author, ReadAuthor());
                break;
            case "category":
                var term = _reader.GetAttribute("term");
                if (term is not null)
                {
                    item.AddCategory(_reader.GetAttribute("label") ?? term);
                    _reader.Skip();
                }
                else
                {
                    item.AddCategory(ReadText());
                }

                break;
            case "pubDate" or "published" or "issued" or "created":
                item.Published = Keep(item.Published, ReadDate());
                break;
            case "updated" or "modified":
                item.Updated = Keep(item.Updated, ReadDate());
                break;
            case "comments":
                item.CommentsUrl = Keep(item.CommentsUrl, FeedLinks.Resolve(ReadText(), baseUri));
                break;
            case "enclosure":
                var url = FeedLinks.Resolve(_reader.GetAttribute("url"), baseUri);
                if (url is not null)
                {
                    item.AddMedia(new FeedMedia(url, _reader.GetAttribute("type")?.Trim(), null, null));
                }

                _reader.Skip();
                break;
            default:
                _reader.Skip();
                break;
        }
    }

    private void ReadItemLink(ItemBuilder item, Uri? baseUri)
    {
        var href = _reader.GetAttribute("href");
        if (href is null)
        {
            item.Link = Keep(item.Link, FeedLinks.Resolve(ReadText(), baseUri));
            return;
        }

        var rel = _reader.GetAttribute("rel")?.Trim() ?? "alternate";
        var type = _reader.GetAttribute("type")?.Trim();
        var title = _reader.GetAttribute("title")?.Trim();
        var count = _reader.GetAttribute("count", "http://purl.org/syndication/thread/1.0") ?? _reader.GetAttribute("thr:count");
        var url = FeedLinks.Resolve(href, BaseOf(baseUri));
        _reader.Skip();
        if (url is null)
        {
            return;
        }

        switch (rel)
        {
            case "alternate":
                item.Link ??= url;
                break;
            case "enclosure":
                item.AddMedia(new FeedMedia(url, type, title, null));
                break;
            case "replies" when type is not null && type.Contains("html", StringComparison.OrdinalIgnoreCase):
                item.CommentsUrl ??= url;
                break;
            case "replies":
                item.CommentFeedUrl ??= url;
                if (int.TryParse(count, out var comments))
                {
                    item.CommentCount ??= comments;
                }

                break;
        }
    }

    private void ReadDublinCore(ItemBuilder item, string name)
    {
        switch (name)
        {
            case "creator":
                item.Author = Keep(item.Author, ReadText());
                break;
            case "date":
                item.Published = Keep(item.Published, ReadDate());
                break;
            case "language":
                item.Language = Keep(item.Language, ReadText());
                break;
            case "subject":
                item.AddCategory(ReadText());
                break;
            case "modified":
                item.Updated = Keep(item.Updated, ReadDate());
                break;
            default:
                _reader.Skip();
                break;
        }
    }

    private string? ReadAuthor()
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return null;
        }

        // RSS: "jo@example.com (Jo)"; Atom: <name>, <email>, <uri> children.
        string? text = null, personName = null, email = null;
        var depth = _reader.Depth;
        _reader.Read();
        while (!AtEndOf(depth))
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    text = (text + _reader.Value).Trim();
                    _reader.Read();
                    break;
                case XmlNodeType.Element when _reader.LocalName == "name":
                    personName = Keep(personName, ReadText());
                    break;
                case XmlNodeType.Element when _reader.LocalName == "email":
                    email = Keep(email, ReadText());
                    break;
                case XmlNodeType.Element:
                    _reader.Skip();
                    break;
                default:
                    _reader.Read();
                    break;
            }
        }

        _reader.Read();
        if (personName is not null)
        {
            return personName;
        }

        if (text is { Length: > 0 } && text.EndsWith(')') && text.IndexOf('(', StringComparison.Ordinal) is > 0 and var open)
        {
            return text[(open + 1)..^1].Trim();
        }

        return text is { Length: > 0 } ? text : email;
    }
}
