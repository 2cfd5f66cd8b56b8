namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>The vocabularies a feed element may belong to.</summary>
internal enum FeedVocabulary
{
    /// <summary>RSS itself (no namespace, RSS 1.0, RSS 0.90, the odd "RSS 2.0 namespaces").</summary>
    Rss,
    Atom,
    Content,
    DublinCore,
    Media,
    Slash,
    Thread,
    CommentApi,
    Syndication,
    Rdf,
    Other,
}

/// <summary>
/// Maps namespace URIs to vocabularies. Feeds get these URIs wrong often enough (a missing trailing slash, an old
/// URI, a made-up one) that an unknown URI falls back to its conventional prefix: "media" is Media RSS whatever it
/// was bound to.
/// </summary>
internal static class FeedNamespaces
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    public static FeedVocabulary Classify(string uri, string prefix) => uri switch
    {
        "" or Rss10 or Rss090 or "http://backend.userland.com/rss2" or "http://blogs.law.harvard.edu/tech/rss" => FeedVocabulary.Rss,
        Atom10 or Atom03 => FeedVocabulary.Atom,
        "http://purl.org/rss/1.0/modules/content/" => FeedVocabulary.Content,
        "http://purl.org/dc/elements/1.1/" or "http://purl.org/dc/terms/" => FeedVocabulary.DublinCore,
        "http://search.yahoo.com/mrss/" or "http://search.yahoo.com/mrss" => FeedVocabulary.Media,
        "http://purl.org/rss/1.0/modules/slash/" => FeedVocabulary.Slash,
        "http://purl.org/syndication/thread/1.0" => FeedVocabulary.Thread,
        "http://wellformedweb.org/CommentAPI/" => FeedVocabulary.CommentApi,
        "http://purl.org/rss/1.0/modules/syndication/" => FeedVocabulary.Syndication,
        Rdf => FeedVocabulary.Rdf,
        _ => ByPrefix(prefix),
    };

    /// <summary>The URI to declare for a prefix a feed used without declaring it.</summary>
    public static string UriForPrefix(string prefix) => prefix switch
    {
        "atom" => Atom10,
        "content" => "http://purl.org/rss/1.0/modules/content/",
        "dc" => "http://purl.org/dc/elements/1.1/",
        "media" => "http://search.yahoo.com/mrss/",
        "slash" => "http://purl.org/rss/1.0/modules/slash/",
        "thr" => "http://purl.org/syndication/thread/1.0",
        "wfw" => "http://wellformedweb.org/CommentAPI/",
        "sy" => "http://purl.org/rss/1.0/modules/syndication/",
        "rdf" => Rdf,
        _ => "urn:pantau:undeclared:" + prefix,
    };

    private static FeedVocabulary ByPrefix(string prefix) => prefix switch
    {
        "atom" or "atom10" or "a10" => FeedVocabulary.Atom,
        "content" => FeedVocabulary.Content,
        "dc" or "dcterms" => FeedVocabulary.DublinCore,
        "media" => FeedVocabulary.Media,
        "slash" => FeedVocabulary.Slash,
        "thr" => FeedVocabulary.Thread,
        "wfw" => FeedVocabulary.CommentApi,
        "sy" => FeedVocabulary.Syndication,
        "rdf" => FeedVocabulary.Rdf,
        _ => FeedVocabulary.Other,
    };
}
