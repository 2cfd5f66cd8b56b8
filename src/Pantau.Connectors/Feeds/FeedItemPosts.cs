using System.Security.Cryptography;
using System.Text;
using Pantau.Connectors.Feeds.Parsing;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Feeds;

/// <summary>
/// Turns feed items into posts: plain text for matching, sanitised HTML for display, the author (or the site), the
/// declared language, the item it answers (comment feeds) and its comment count. One mapping for polled and pushed items.
/// </summary>
public static class FeedItemPosts
{
    /// <summary>Longest text kept for matching and enrichment; a whole e-book in one item is cut.</summary>
    public const int MaxTextChars = 100_000;

    public static RawPost ToPost(ParsedFeedItem item, ParsedFeed feed, Uri feedUrl, string network, DateTimeOffset now, DateTimeOffset? editedAt = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var html = item.ContentHtml ?? item.SummaryHtml;
        var text = FeedText.ToPlainText(html);
        if (text.Length > MaxTextChars)
        {
            text = text[..MaxTextChars];
        }

        var title = item.Title is null ? null : FeedText.ToPlainText(item.Title, isHtml: item.Title.Contains('<', StringComparison.Ordinal) || item.Title.Contains('&', StringComparison.Ordinal));
        var baseUri = Uri.TryCreate(item.ContentBaseUrl, UriKind.Absolute, out var b) ? b : feedUrl;
        var site = Host(item.Link) ?? feedUrl.Host;

        // A date in the future is a wrong clock or time zone: the item is taken as published now.
        var published = item.Published ?? item.Updated ?? now;
        if (published > now + TimeSpan.FromMinutes(5))
        {
            published = now;
        }

        return new RawPost
        {
            SourceKind = SourceKinds.Feed,
            ExternalId = ExternalId(item.Id, feedUrl),
            Network = network,
            PublishedAt = published,
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Text = text.Length > 0 ? text : title ?? "",
            Url = item.Link,
            Html = html is null ? null : FeedHtml.Sanitise(html, baseUri),
            Author = new PostAuthor(Handle(item.Author, feed.Title, site), item.Author ?? feed.Title, null),
            Language = LanguageCode(item.Language ?? feed.Language),
            InReplyToExternalId = item.InReplyTo is { Length: > 0 } parent ? ExternalId(parent, feedUrl) : null,
            Engagement = item.CommentCount is > 0 and var comments ? new PostEngagement(0, 0, comments) : PostEngagement.None,
            EditedAt = editedAt,
        };
    }

    /// <summary>
    /// The id storage is idempotent on. A global id (an absolute URI, a <c>tag:</c> or <c>urn:</c>) is kept, so the same
    /// article in two feeds of a site is one mention; a local one ("123") is qualified by the feed's host. Ids longer than
    /// storage takes are hashed.
    /// </summary>
    public static string ExternalId(string itemId, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(feedUrl);
        var id = itemId.Trim();
        var global = id.StartsWith("tag:", StringComparison.OrdinalIgnoreCase) || id.StartsWith("urn:", StringComparison.OrdinalIgnoreCase)
            || (Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
        var qualified = global ? id : $"{feedUrl.Host}/{id}";
        return qualified.Length <= 200
            ? qualified
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(qualified)));
    }

    /// <summary>An ISO 639-1 code from what feeds write (<c>id-ID</c>, <c>en-us</c>, <c>in</c>, <c>ind</c>).</summary>
    public static string? LanguageCode(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var code = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code switch
        {
            "in" or "ind" => "id", // "in" is the withdrawn code for Indonesian, still in old feeds
            "eng" => "en",
            "jav" => "jv",
            "sun" => "su",
            "msa" or "may" => "ms",
            _ when code.Length == 2 && code.All(char.IsAsciiLetterLower) => code,
            _ => null,
        };
    }

    private static string Handle(string? author, string? feedTitle, string site)
    {
        var handle = author ?? site;
        return handle.Length <= 200 ? handle : handle[..200];
    }

    private static string? Host(string? link) => Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.Host : null;
}
