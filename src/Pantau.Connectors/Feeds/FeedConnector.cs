using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Connectors.Feeds.Parsing;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Feeds;

/// <summary>
/// Follows one RSS, Atom or JSON feed: a conditional GET when it is due, the new and edited items as posts, and the
/// next check from its publishing rate and its server's cache headers. Everything it resumes from is in its
/// <see cref="FeedCursor"/>, which advances only once the posts are stored.
/// </summary>
public sealed class FeedConnector(FeedFetcher fetcher, PollSchedule schedule, TimeProvider clock) : IPullConnector
{
    public string Kind => SourceKinds.Feed;

    public async Task<PullResult> PullAsync(SourceContext source, string? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var settings = FeedSourceSettings.From(source.Settings);
        var state = FeedCursor.Read(cursor, settings.Url);

        // After a restart, a feed checked recently waits for its turn instead of every feed being fetched at once.
        if (!source.ReadNow && state.NextCheckAt is { } due && due - clock.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait < schedule.Options.Max ? wait : schedule.Options.Max, clock, cancellationToken);
        }

        var address = state.Address(settings.Url);
        var response = await fetcher.FetchAsync(address, new CacheValidators(state.ETag, state.LastModified), cancellationToken);
        var now = clock.GetUtcNow();
        var moved = response.PermanentRedirect?.AbsoluteUri ?? state.Url;
        if (response.Status == FeedFetchStatus.NotModified)
        {
            var unchanged = schedule.AfterSuccess(now, FeedSignals.From(response, state.RecentPublished, state.TtlMinutes));
            var next = state with
            {
                Url = moved,
                ETag = response.ETag ?? state.ETag,
                LastModified = response.LastModified ?? state.LastModified,
                NextCheckAt = unchanged.NextCheck,
            };
            return new PullResult(new PostBatch([], next.Write()), unchanged.Interval, unchanged.Reason);
        }

        var feed = FeedParser.Parse(response.Body, response.FinalUrl, response.Charset);
        var (deliver, seen) = FeedItemSelection.Select(feed.Items, state.Seen, response.FinalUrl);
        var posts = deliver
            .Select(d => FeedItemPosts.ToPost(d.Item, feed, response.FinalUrl, settings.Network, now, d.Edited ? now : null))
            .ToList();
        var published = feed.Items
            .Select(i => i.Published ?? i.Updated)
            .OfType<DateTimeOffset>()
            .OrderDescending()
            .Take(schedule.Options.RecentItems)
            .ToList();
        if (published.Count == 0)
        {
            published = [.. state.RecentPublished];
        }

        var decision = schedule.AfterSuccess(now, FeedSignals.From(response, published, feed.TtlMinutes));
        var after = state with
        {
            Url = moved,
            ETag = response.ETag,
            LastModified = response.LastModified,
            Hub = feed.HubUrls.Count > 0 ? feed.HubUrls[0] : null,
            Topic = feed.HubUrls.Count > 0 ? feed.SelfUrl ?? response.FinalUrl.AbsoluteUri : null,
            TtlMinutes = feed.TtlMinutes,
            RecentPublished = published,
            Seen = seen,
            NextCheckAt = decision.NextCheck,
        };
        var lag = posts.Count > 0 ? now - posts.Max(p => p.PublishedAt) : (TimeSpan?)null;
        return new PullResult(new PostBatch(posts, after.Write(), lag is { Ticks: >= 0 } ? lag : null), decision.Interval, decision.Reason);
    }

    public TimeSpan? RetryDelay(Exception error, int failures, double jitter) => error switch
    {
        FeedFetchException fetch => schedule.AfterFailure(clock.GetUtcNow(), failures, fetch, jitter).Interval,
        FeedParseException => schedule.AfterFailure(clock.GetUtcNow(), failures, FeedFetchErrorKind.HttpStatus, null, jitter).Interval,
        _ => null,
    };
}
