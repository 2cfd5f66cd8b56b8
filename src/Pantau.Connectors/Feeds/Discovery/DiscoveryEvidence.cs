namespace Pantau.Connectors.Feeds.Discovery;

/// <summary>How sure discovery is about a feed.</summary>
public enum DiscoveryEvidence
{
    /// <summary>The page declares it (link rel="alternate"); not fetched.</summary>
    Declared,

    /// <summary>The platform's usual address, not checked (the fetch budget ran out).</summary>
    Guessed,

    /// <summary>Fetched and seen to be a feed.</summary>
    Verified,
}
