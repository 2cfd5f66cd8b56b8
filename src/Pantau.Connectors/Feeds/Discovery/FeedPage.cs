using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pantau.Connectors.Feeds.Discovery;

/// <summary>What an HTML page says about its feeds and its platform. Built from hostile HTML, so everything is bounded.</summary>
public sealed partial class FeedPage
{
    private const int MaxLinks = 100;
    private const int MaxTitle = 200;

    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml",
    };

    private FeedPage(Uri url)
    {
        Url = url;
        BaseUrl = url;
    }

    public Uri Url { get; }

    /// <summary>Where relative links resolve: the page's &lt;base href&gt; if it has a usable one.</summary>
    public Uri BaseUrl { get; private set; }

    public string? Title { get; private set; }

    public FeedPlatform Platform { get; private set; }

    public IReadOnlyList<(Uri Url, string? Title)> Alternates { get; private set; } = [];

    /// <summary>A Blogger post id, when the page is one post.</summary>
    public string? BloggerPostId { get; private set; }

    /// <summary>A WordPress single article (body class "single" or a REST link to one post).</summary>
    public bool IsWordPressArticle { get; private set; }

    public static FeedPage Parse(Uri url, byte[] body, string? charset)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = TextEncoding(charset) is { } encoding
            ? parser.ParseDocument(encoding.GetString(body))
            : parser.ParseDocument(new MemoryStream(body, writable: false)); // AngleSharp sniffs BOM and meta charset

        var page = new FeedPage(url);
        page.Read(document);
        return page;
    }

    private void Read(IDocument document)
    {
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref && Resolve(Url, baseHref) is { } resolvedBase)
        {
            BaseUrl = resolvedBase;
        }

        Title = Clean(document.Title);
        var generator = document.QuerySelector("meta[name='generator' i]")?.GetAttribute("content") ?? "";
        var isBlogger = generator.StartsWith("blogger", StringComparison.OrdinalIgnoreCase)
            || Url.Host.EndsWith(".blogspot.com", StringComparison.OrdinalIgnoreCase);
        var isWordPress = generator.StartsWith("wordpress", StringComparison.OrdinalIgnoreCase);

        var alternates = new List<(Uri, string?)>();
        foreach (var element in document.QuerySelectorAll("link[href], script[src]").Take(MaxLinks * 3))
        {
            var reference = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
            if (reference.Contains("/wp-content/", StringComparison.OrdinalIgnoreCase) || reference.Contains("/wp-json/", StringComparison.OrdinalIgnoreCase))
            {
                isWordPress = true;
                IsWordPressArticle |= reference.Contains("/wp-json/wp/v2/posts/", StringComparison.OrdinalIgnoreCase);
            }

            if (element.LocalName != "link" || alternates.Count >= MaxLinks || !IsFeedAlternate(element))
            {
                continue;
            }

            // WordPress declares its REST API as a JSON alternate; that is no feed.
            if (Resolve(BaseUrl, reference) is { } feedUrl && !feedUrl.AbsolutePath.Contains("/wp-json/", StringComparison.OrdinalIgnoreCase))
            {
                alternates.Add((feedUrl, Clean(element.GetAttribute("title"))));
                if (BloggerCommentsPath().Match(feedUrl.AbsolutePath) is { Success: true } match)
                {
                    BloggerPostId ??= match.Groups[1].Value;
                }
            }
        }

        Alternates = alternates;

        // Blogs on their own domain still declare Blogger's feed layout.
        isBlogger |= !isWordPress && alternates.Any(a =>
            a.Item1.Host.EndsWith(".blogspot.com", StringComparison.OrdinalIgnoreCase)
            || a.Item1.Host.Equals("www.blogger.com", StringComparison.OrdinalIgnoreCase)
            || a.Item1.AbsolutePath.Equals("/feeds/posts/default", StringComparison.Ordinal));

        if (isBlogger)
        {
            Platform = FeedPlatform.Blogger;
            var postId = document.QuerySelector("meta[itemprop='postId']")?.GetAttribute("content")?.Trim();
            if (BloggerPostId is null && postId is { Length: > 0 and < 30 } && postId.All(char.IsAsciiDigit))
            {
                BloggerPostId = postId;
            }
        }
        else if (isWordPress)
        {
            Platform = FeedPlatform.WordPress;
            var bodyClasses = document.Body?.ClassList ?? (IEnumerable<string>)[];
            IsWordPressArticle |= bodyClasses.Any(c => c is "single" or "single-post" || c.StartsWith("postid-", StringComparison.Ordinal));
        }
    }

    private static bool IsFeedAlternate(IElement link)
    {
        var rel = link.GetAttribute("rel") ?? "";
        var isAlternate = rel.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries)
            .Any(token => token.Equals("alternate", StringComparison.OrdinalIgnoreCase));
        var type = (link.GetAttribute("type") ?? "").Split(';')[0].Trim();
        return isAlternate && FeedTypes.Contains(type);
    }

    internal static Uri? Resolve(Uri baseUrl, string reference)
    {
        return Uri.TryCreate(baseUrl, reference.Trim(), out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var collapsed = Whitespace().Replace(text.Length > MaxTitle * 4 ? text[..(MaxTitle * 4)] : text, " ").Trim();
        return collapsed.Length > MaxTitle ? collapsed[..MaxTitle] : collapsed;
    }

    private static Encoding? TextEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^/feeds/(\d{1,30})/comments/default")]
    private static partial Regex BloggerCommentsPath();
}
