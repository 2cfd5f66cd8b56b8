namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>The syndication format a feed was written in, as recognised from its root element or JSON version.</summary>
public enum FeedFormat
{
    Rss090,
    Rss091,
    Rss092,
    Rss10,
    Rss20,
    Atom03,
    Atom10,
    JsonFeed10,
    JsonFeed11,
}
