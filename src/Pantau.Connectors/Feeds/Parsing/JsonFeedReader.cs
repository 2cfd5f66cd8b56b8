using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). content_text is HTML-escaped (line breaks become
/// &lt;br&gt;) into ContentHtml when there is no content_html, so every *Html field is HTML. JSON syntax errors
/// become <see cref="FeedParseException"/> with the 1-based line.
/// </summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static ParsedFeed Read(string text, Uri? baseUri, List<string> warnings)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException error)
        {
            var line = (int)(error.LineNumber ?? 0) + 1;
            var column = (int)(error.BytePositionInLine ?? 0) + 1;
            throw new FeedParseException(line, column, "not valid JSON: " + error.Message.Split(" LineNumber", 2)[0], error);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FeedParseException(1, 1, "no feed root element (<rss>, <feed>, <rdf:RDF>) or JSON Feed version");
            }

            var version = String(root, "version");
            FeedFormat format;
            if (version is not null && version.StartsWith("https://jsonfeed.org/version/1.1", StringComparison.OrdinalIgnoreCase))
            {
                format = FeedFormat.JsonFeed11;
            }
            else if (version is not null && version.Contains("jsonfeed.org/version/1", StringComparison.OrdinalIgnoreCase))
            {
                format = FeedFormat.JsonFeed10;
            }
            else if (root.TryGetProperty("items", out var probe) && probe.ValueKind == JsonValueKind.Array)
            {
                warnings.Add(version is null ? "line 1: JSON Feed without a version; read as 1.1" : $"line 1: JSON Feed version '{version}' not recognised; read as 1.1");
                format = FeedFormat.JsonFeed11;
            }
            else
            {
                throw new FeedParseException(1, 1, "no feed root element (<rss>, <feed>, <rdf:RDF>) or JSON Feed version");
            }

            var language = String(root, "language");
            var items = new List<ParsedFeedItem>();
            if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var element in array.EnumerateArray())
                {
                    index++;
                    if (items.Count >= FeedLimits.MaxItems)
                    {
                        warnings.Add(FormattableString.Invariant($"line 1: more than {FeedLimits.MaxItems} items; the rest skipped"));
                        break;
                    }

                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        warnings.Add(FormattableString.Invariant($"line 1: item {index} is not an object; skipped"));
                        continue;
                    }

                    var item = ReadItem(element, baseUri, language, index, warnings);
                    if (item.IsEmpty)
                    {
                        warnings.Add(FormattableString.Invariant($"line 1: item {index} without title, link, id or content skipped"));
                        continue;
                    }

                    items.Add(item.Build());
                }
            }

            var hubs = new List<string>();
            if (root.TryGetProperty("hubs", out var hubArray) && hubArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var hub in hubArray.EnumerateArray())
                {
                    if (FeedLinks.Resolve(String(hub, "url"), baseUri) is { } url && hubs.Count < FeedLimits.MaxListEntries)
                    {
                        hubs.Add(url);
                    }
                }
            }

            return new ParsedFeed(format, String(root, "title"), FeedLinks.Resolve(String(root, "home_page_url"), baseUri), language, String(root, "description"), items, warnings)
            {
                SelfUrl = FeedLinks.Resolve(String(root, "feed_url"), baseUri),
                HubUrls = hubs,
            };
        }
    }

    private static ItemBuilder ReadItem(JsonElement element, Uri? baseUri, string? feedLanguage, int index, List<string> warnings)
    {
        var item = new ItemBuilder
        {
            // Ids must be strings, but numbers are common.
            Id = element.TryGetProperty("id", out var id) ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            } : null,
            Title = String(element, "title"),
            Link = FeedLinks.Resolve(String(element, "url") ?? String(element, "external_url"), baseUri),
            Summary = Escape(String(element, "summary")),
            Content = String(element, "content_html") ?? TextToHtml(String(element, "content_text")),
            Published = Date(element, "date_published", index, warnings),
            Updated = Date(element, "date_modified", index, warnings),
            Author = Author(element),
            Base = baseUri,
        };
        var language = String(element, "language");
        item.Language = language != feedLanguage ? language : null;
        if (element.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (var tag in tags.EnumerateArray())
            {
                item.AddCategory(tag.ValueKind == JsonValueKind.String ? tag.GetString() : null);
            }
        }

        if (element.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (FeedLinks.Resolve(String(attachment, "url"), baseUri) is { } url)
                {
                    item.AddMedia(new FeedMedia(url, String(attachment, "mime_type"), String(attachment, "title"), null));
                }
            }
        }

        item.MediaThumbnail = FeedLinks.Resolve(String(element, "image") ?? String(element, "banner_image"), baseUri);
        return item;
    }

    private static string? Author(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (String(author, "name") is { } name)
                {
                    return name;
                }
            }
        }

        return element.TryGetProperty("author", out var single) ? String(single, "name") : null;
    }

    private static DateTimeOffset? Date(JsonElement element, string property, int index, List<string> warnings)
    {
        var text = String(element, property);
        if (text is null)
        {
            return null;
        }

        if (FeedDates.TryParse(text, out var value))
        {
            return value;
        }

        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"line 1: item {index}: unreadable date '{text}'"));
        return null;
    }

    private static string? String(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length > FeedLimits.MaxFieldChars)
        {
            text = text[..FeedLimits.MaxFieldChars];
        }

        return text.Length == 0 ? null : text;
    }

    private static string? Escape(string? text) => text is null ? null : WebUtility.HtmlEncode(text);

    private static string? TextToHtml(string? text) =>
        text is null ? null : WebUtility.HtmlEncode(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>\n", StringComparison.Ordinal);
}
