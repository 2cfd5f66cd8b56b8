using System.Xml;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>Media RSS: media:content, media:group, media:thumbnail, media:title and media:description.</summary>
internal sealed partial class XmlFeedReader
{
    private void ReadMedia(ItemBuilder item, string name, Uri? baseUri)
    {
        switch (name)
        {
            case "content":
                if (ReadMediaContent(baseUri, null, null) is { } media)
                {
                    item.AddMedia(media);
                }

                break;
            case "group":
                ReadMediaGroup(item, baseUri);
                break;
            case "thumbnail":
                item.MediaThumbnail ??= FeedLinks.Resolve(_reader.GetAttribute("url"), baseUri);
                _reader.Skip();
                break;
            case "title":
                item.MediaTitle = Keep(item.MediaTitle, ReadText());
                break;
            case "description" when item.Summary is null:
                // YouTube and podcast feeds put the only description here; it is plain text.
                item.Summary = Escape(ReadText());
                break;
            default:
                _reader.Skip();
                break;
        }
    }

    private void ReadMediaGroup(ItemBuilder item, Uri? baseUri)
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return;
        }

        var contents = new List<FeedMedia>();
        string? title = null, thumbnail = null;
        var depth = _reader.Depth;
        _reader.Read();
        while (!AtEndOf(depth))
        {
            if (_reader.NodeType != XmlNodeType.Element || FeedNamespaces.Classify(_reader.NamespaceURI, _reader.Prefix) != FeedVocabulary.Media)
            {
                if (_reader.NodeType == XmlNodeType.Element)
                {
                    _reader.Skip();
                }
                else
                {
                    _reader.Read();
                }

                continue;
            }

            switch (_reader.LocalName)
            {
                case "content" when ReadMediaContent(baseUri, null, null) is { } media:
                    contents.Add(media);
                    break;
                case "content":
                    break;
                case "title":
                    title = Keep(title, ReadText());
                    break;
                case "thumbnail":
                    thumbnail ??= FeedLinks.Resolve(_reader.GetAttribute("url"), baseUri);
                    _reader.Skip();
                    break;
                case "description" when item.Summary is null:
                    item.Summary = Escape(ReadText());
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        _reader.Read();
        foreach (var media in contents)
        {
            item.AddMedia(media with { Title = media.Title ?? title, ThumbnailUrl = media.ThumbnailUrl ?? thumbnail });
        }

        item.MediaTitle ??= title;
        item.MediaThumbnail ??= thumbnail;
    }

    private FeedMedia? ReadMediaContent(Uri? baseUri, string? title, string? thumbnail)
    {
        var url = FeedLinks.Resolve(_reader.GetAttribute("url"), baseUri);
        var type = _reader.GetAttribute("type")?.Trim() ?? _reader.GetAttribute("medium")?.Trim();
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
        }
        else
        {
            var depth = _reader.Depth;
            _reader.Read();
            while (!AtEndOf(depth))
            {
                if (_reader.NodeType != XmlNodeType.Element)
                {
                    _reader.Read();
                }
                else if (_reader.LocalName == "title")
                {
                    title = Keep(title, ReadText());
                }
                else if (_reader.LocalName == "thumbnail")
                {
                    thumbnail ??= FeedLinks.Resolve(_reader.GetAttribute("url"), baseUri);
                    _reader.Skip();
                }
                else
                {
                    _reader.Skip();
                }
            }

            _reader.Read();
        }

        return url is null ? null : new FeedMedia(url, type, title, thumbnail);
    }
}
