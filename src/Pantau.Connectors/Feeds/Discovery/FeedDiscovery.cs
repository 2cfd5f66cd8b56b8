using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Connectors.Feeds.Discovery;

/// <summary>
/// Finds the feeds behind a site, article or feed address: the address itself if it is a feed, the feeds the
/// page declares, the platform's usual feeds (Blogger, WordPress) and, when nothing is declared, common paths.
/// Guesses are fetched and sniffed, within a fixed budget of fetches.
/// </summary>
public sealed class FeedDiscovery(FeedFetcher fetcher, int maxCandidateFetches = 10)
{
    private static readonly string[] CommonPaths =
        ["/feed", "/feed/", "/rss", "/rss.xml", "/atom.xml", "/feed.xml", "/index.xml", "/feeds/posts/default", "/?feed=rss2"];

    /// <exception cref="FeedFetchException">The address itself could not be fetched.</exception>
    public async Task<IReadOnlyList<DiscoveredFeed>> DiscoverAsync(Uri siteOrArticleOrFeed, CancellationToken cancellationToken)
    {
        var response = await fetcher.FetchAsync(siteOrArticleOrFeed, null, cancellationToken).ConfigureAwait(false);
        if (FeedSniffer.IsFeed(response.Body))
        {
            var (kind, platform) = FeedClassification.Of(response.FinalUrl, null, null);
            return [new DiscoveredFeed(response.FinalUrl, null, kind, platform, DiscoveryEvidence.Verified)];
        }

        var page = FeedPage.Parse(response.FinalUrl, response.Body, response.Charset);
        var found = new FoundFeeds();
        foreach (var (url, title) in page.Alternates)
        {
            var (kind, platform) = FeedClassification.Of(url, title, page);
            found.Add(new DiscoveredFeed(url, title ?? page.Title, kind, platform, DiscoveryEvidence.Declared));
        }

        var budget = maxCandidateFetches;
        var guesses = PlatformGuesses(page).Where(g => !found.Contains(g.Url)).ToList();
        foreach (var guess in guesses)
        {
            if (budget-- <= 0)
            {
                found.Add(guess); // unchecked, but the platform's layout makes it likely
                continue;
            }

            if (await VerifyAsync(guess.Url, cancellationToken).ConfigureAwait(false) is { } verified)
            {
                found.Add(guess with { Url = verified, Evidence = DiscoveryEvidence.Verified });
            }
        }

        if (found.Count == 0 && guesses.Count == 0)
        {
            var origin = new Uri(page.Url.GetLeftPart(UriPartial.Authority));
            foreach (var path in CommonPaths)
            {
                if (budget-- <= 0)
                {
                    break;
                }

                // The first hit is enough: sites serve one feed under several of these names.
                if (await VerifyAsync(new Uri(origin, path), cancellationToken).ConfigureAwait(false) is { } verified)
                {
                    var (kind, platform) = FeedClassification.Of(verified, null, page);
                    found.Add(new DiscoveredFeed(verified, page.Title, kind, platform, DiscoveryEvidence.Verified));
                    break;
                }
            }
        }

        return found.ToList();
    }

    private async Task<Uri?> VerifyAsync(Uri candidate, CancellationToken cancellationToken)
    {
        try
        {
            var response = await fetcher.FetchAsync(candidate, null, cancellationToken).ConfigureAwait(false);
            return FeedSniffer.IsFeed(response.Body) ? response.FinalUrl : null;
        }
        catch (FeedFetchException)
        {
            return null; // a missing guess is the common case, not an error
        }
    }

    private static IEnumerable<DiscoveredFeed> PlatformGuesses(FeedPage page)
    {
        var origin = new Uri(page.Url.GetLeftPart(UriPartial.Authority));
        var title = page.Title;
        switch (page.Platform)
        {
            case FeedPlatform.Blogger:
                yield return Guess(new Uri(origin, "/feeds/posts/default"), FeedKind.Posts, FeedPlatform.Blogger);
                yield return Guess(new Uri(origin, "/feeds/comments/default"), FeedKind.Comments, FeedPlatform.Blogger);
                if (page.BloggerPostId is { } postId)
                {
                    yield return Guess(new Uri(origin, $"/feeds/{postId}/comments/default"), FeedKind.PostComments, FeedPlatform.Blogger);
                }

                break;
            case FeedPlatform.WordPress:
                yield return Guess(new Uri(origin, "/feed/"), FeedKind.Posts, FeedPlatform.WordPress);
                yield return Guess(new Uri(origin, "/comments/feed/"), FeedKind.Comments, FeedPlatform.WordPress);
                if (page.IsWordPressArticle && FeedClassification.WordPressArticleFeed(page.Url) is { } articleFeed)
                {
                    yield return Guess(articleFeed, FeedKind.PostComments, FeedPlatform.WordPress);
                }

                break;
        }

        DiscoveredFeed Guess(Uri url, FeedKind kind, FeedPlatform platform) => new(url, title, kind, platform, DiscoveryEvidence.Guessed);
    }

    /// <summary>Feeds in the order found, one per address.</summary>
    private sealed class FoundFeeds
    {
        private readonly List<DiscoveredFeed> _feeds = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

        public int Count => _feeds.Count;

        public bool Contains(Uri url) => _keys.Contains(Key(url));

        public void Add(DiscoveredFeed feed)
        {
            if (_keys.Add(Key(feed.Url)))
            {
                _feeds.Add(feed);
            }
        }

        public List<DiscoveredFeed> ToList() => [.. _feeds];

        private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
    }
}
