using System.Text.RegularExpressions;

namespace Pantau.Connectors.Feeds.Discovery;

/// <summary>Which kind of feed an address is, from the platforms' URL layouts and the link's title.</summary>
internal static partial class FeedClassification
{
    public static (FeedKind Kind, FeedPlatform Platform) Of(Uri feed, string? title, FeedPage? page)
    {
        var path = feed.AbsolutePath;
        var platform = page?.Platform ?? FeedPlatform.Unknown;

        if (BloggerPostComments().IsMatch(path))
        {
            return (FeedKind.PostComments, FeedPlatform.Blogger);
        }

        if (path.StartsWith("/feeds/comments/", StringComparison.Ordinal))
        {
            return (FeedKind.Comments, FeedPlatform.Blogger);
        }

        if (path.StartsWith("/feeds/posts/", StringComparison.Ordinal) || feed.Host.EndsWith(".blogspot.com", StringComparison.OrdinalIgnoreCase))
        {
            return (FeedKind.Posts, platform == FeedPlatform.Unknown ? FeedPlatform.Blogger : platform);
        }

        if (path.TrimEnd('/').Equals("/comments/feed", StringComparison.OrdinalIgnoreCase))
        {
            return (FeedKind.Comments, platform == FeedPlatform.Unknown ? FeedPlatform.WordPress : platform);
        }

        if (platform == FeedPlatform.WordPress && page is { IsWordPressArticle: true } && WordPressArticleFeed(page.Url) is { } articleFeed && SameAddress(articleFeed, feed))
        {
            return (FeedKind.PostComments, platform);
        }

        var mentionsComments = (title?.Contains("comment", StringComparison.OrdinalIgnoreCase) ?? false)
            || (title?.Contains("komentar", StringComparison.OrdinalIgnoreCase) ?? false)
            || path.Contains("comment", StringComparison.OrdinalIgnoreCase);
        return (mentionsComments ? FeedKind.Comments : FeedKind.Posts, platform);
    }

    /// <summary>WordPress serves an article's comments at "{article}/feed/".</summary>
    public static Uri? WordPressArticleFeed(Uri article)
    {
        var path = article.AbsolutePath;
        if (path.Length <= 1)
        {
            return null;
        }

        return new Uri(article, (path.EndsWith('/') ? path : path + "/") + "feed/");
    }

    private static bool SameAddress(Uri a, Uri b) =>
        string.Equals(a.GetLeftPart(UriPartial.Path).TrimEnd('/'), b.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^/feeds/\d+/comments/")]
    private static partial Regex BloggerPostComments();
}
