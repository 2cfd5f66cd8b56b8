namespace Pantau.Connectors.Feeds.Discovery;

public enum FeedFormat
{
    None,
    Rss,
    Atom,
    Rdf,
    JsonFeed,
}
