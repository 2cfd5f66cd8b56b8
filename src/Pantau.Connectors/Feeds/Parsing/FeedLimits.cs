namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>Bounds on what one feed may make us hold: feeds come from strangers (design invariant 3).</summary>
internal static class FeedLimits
{
    /// <summary>Longest text field kept, in characters; longer ones are cut with a warning.</summary>
    public const int MaxFieldChars = 1024 * 1024;

    /// <summary>Most items kept from one document; the rest are skipped with a warning.</summary>
    public const int MaxItems = 10_000;

    /// <summary>Most categories and media objects kept per item; beyond this it is noise or an attack.</summary>
    public const int MaxListEntries = 100;
}
