namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// One item, entry or comment of a feed. Every *Html field holds HTML (plain text is escaped on the way in) that is
/// NOT yet sanitised: pass it through <see cref="FeedHtml.Sanitise"/> before showing it and
/// <see cref="FeedText.ToPlainText"/> before matching it. Times are UTC. See <see cref="ItemIdentity"/> for how
/// <see cref="Id"/> is chosen when the feed gives none.
/// </summary>
public sealed record ParsedFeedItem(
    string Id,
    bool IdIsDerived,
    string? Title,
    string? Link,
    string? Author,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? SummaryHtml,
    string? ContentHtml,
    IReadOnlyList<string> Categories)
{
    /// <summary>The HTML page where the item's comments are (RSS &lt;comments&gt;, Atom rel="replies" type="text/html").</summary>
    public string? CommentsUrl { get; init; }

    /// <summary>The feed of the item's comments (wfw:commentRss, Atom rel="replies" of a feed type).</summary>
    public string? CommentFeedUrl { get; init; }

    /// <summary>slash:comments, thr:total or thr:count.</summary>
    public int? CommentCount { get; init; }

    /// <summary>The id (thr:in-reply-to ref) of the entry this comment answers.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The link (thr:in-reply-to href) of the entry this comment answers.</summary>
    public string? InReplyToLink { get; init; }

    public IReadOnlyList<FeedMedia> Media { get; init; } = [];

    /// <summary>The item's own language (xml:lang, dc:language, JSON language) when it declares one; else null, and the feed's applies.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The URL that relative links inside <see cref="SummaryHtml"/> and <see cref="ContentHtml"/> resolve against
    /// (an xml:base in scope, else the item link when absolute, else the feed URL); pass it to <see cref="FeedHtml.Sanitise"/>.
    /// </summary>
    public string? ContentBaseUrl { get; init; }
}
