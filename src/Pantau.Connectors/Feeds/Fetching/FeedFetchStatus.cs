namespace Pantau.Connectors.Feeds.Fetching;

public enum FeedFetchStatus
{
    Ok,
    NotModified,
}
