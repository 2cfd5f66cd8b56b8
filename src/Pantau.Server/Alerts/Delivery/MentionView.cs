namespace Pantau.Server.Alerts.Delivery;

/// <summary>A quoted mention, cleaned and bounded, with its numbers in the alert's language.</summary>
internal sealed class MentionView
{
    public MentionView(NoticeMention mention, NoticeWords words)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(words);
        Author = NoticeText.Line(mention.AuthorName, NoticeText.NameLength) is { Length: > 0 } name ? name : "?";
        var handle = NoticeText.Line(mention.AuthorHandle, NoticeText.NameLength).TrimStart('@');
        Handle = handle.Length > 0 ? "@" + handle : null;
        Network = NoticeText.Line(mention.Network, 40);
        Reach = words.Number(Math.Max(0, mention.Reach));
        Sentiment = words.Sentiment(mention.Sentiment);
        Excerpt = NoticeText.Line(mention.Excerpt, NoticeText.ExcerptLength);
        Url = NoticeText.SafeUrl(mention.Url);
        Details = Network + " · " + words.Reach + " " + Reach + (Sentiment.Length > 0 ? " · " + Sentiment : "");
    }

    public string Author { get; }

    public string? Handle { get; }

    public string Network { get; }

    public string Reach { get; }

    public string Sentiment { get; }

    public string Excerpt { get; }

    public string? Url { get; }

    /// <summary>"X · reach 12,345 · negative".</summary>
    public string Details { get; }

    /// <summary>"Name (@handle)".</summary>
    public string Byline => Handle is null ? Author : Author + " (" + Handle + ")";
}
