namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>The fields of one item as they are read, in any order, before the id rule and fallbacks apply.</summary>
internal sealed class ItemBuilder
{
    public string? Id;
    public string? Guid;
    public bool GuidIsPermaLink = true;
    public string? Title;
    public string? Link;
    public string? Author;
    public DateTimeOffset? Published;
    public DateTimeOffset? Updated;
    public string? Summary;
    public string? Content;
    public List<string>? Categories;
    public string? CommentsUrl;
    public string? CommentFeedUrl;
    public int? CommentCount;
    public string? InReplyTo;
    public string? InReplyToLink;
    public List<FeedMedia>? Media;
    public string? MediaTitle;
    public string? MediaThumbnail;
    public string? Language;
    public Uri? Base;

    /// <summary>Whether <see cref="Base"/> came from xml:base rather than being the feed's URL.</summary>
    public bool BaseIsExplicit;

    public bool IsEmpty => Title is null && Link is null && Guid is null && Id is null && Summary is null && Content is null;

    public void AddCategory(string? category)
    {
        if (!string.IsNullOrWhiteSpace(category) && (Categories ??= []).Count < FeedLimits.MaxListEntries)
        {
            Categories.Add(category.Trim());
        }
    }

    public void AddMedia(FeedMedia media)
    {
        if ((Media ??= []).Count < FeedLimits.MaxListEntries && !Media.Exists(m => m.Url == media.Url))
        {
            Media.Add(media);
        }
    }

    public ParsedFeedItem Build()
    {
        var link = Link;
        if (link is null && Guid is not null && GuidIsPermaLink && Uri.TryCreate(Guid, UriKind.Absolute, out var guidUri) && guidUri.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            link = guidUri.AbsoluteUri;
        }

        var (id, derived) = ItemIdentity.For(Id ?? Guid, link, Title, Published, Content, Summary);
        return new ParsedFeedItem(id, derived, Title, link, Author, Published, Updated, Summary, Content, (IReadOnlyList<string>?)Categories ?? [])
        {
            CommentsUrl = CommentsUrl,
            CommentFeedUrl = CommentFeedUrl,
            CommentCount = CommentCount,
            InReplyTo = InReplyTo,
            InReplyToLink = InReplyToLink,
            Media = FinishMedia(),
            Language = Language,
            ContentBaseUrl = BaseIsExplicit ? Base!.AbsoluteUri : link is not null && Uri.IsWellFormedUriString(link, UriKind.Absolute) ? link : Base?.AbsoluteUri,
        };
    }

    private List<FeedMedia> FinishMedia()
    {
        if (Media is null)
        {
            return MediaThumbnail is null ? [] : [new FeedMedia(MediaThumbnail, "image", MediaTitle, MediaThumbnail)];
        }

        // Item-level media:title and media:thumbnail describe the item's media that say nothing themselves.
        return Media.ConvertAll(m => m with { Title = m.Title ?? MediaTitle, ThumbnailUrl = m.ThumbnailUrl ?? MediaThumbnail });
    }
}
