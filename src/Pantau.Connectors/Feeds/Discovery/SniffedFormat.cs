namespace Pantau.Connectors.Feeds.Discovery;

/// <summary>What a root-only look at a response says it is (the parser reads the exact version).</summary>
public enum SniffedFormat
{
    None,
    Rss,
    Atom,
    Rdf,
    JsonFeed,
}
