namespace Pantau.Core.Posts;

/// <summary>
/// One piece of content exactly as a connector read it, before any processing.
/// <see cref="SourceKind"/> and <see cref="ExternalId"/> identify it for idempotent storage.
/// </summary>
public sealed record RawPost
{
    public required string SourceKind { get; init; }
    public required string ExternalId { get; init; }

    /// <summary>The network the post was written on (x, facebook, feed, …); for most sources the same as the kind.</summary>
    public required string Network { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
    public required string Text { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }

    /// <summary>Sanitised HTML of the post for display, where the source has HTML (feeds); <see cref="Text"/> is what is matched.</summary>
    public string? Html { get; init; }

    /// <summary>
    /// Set when this delivery is a newer version of a post delivered before (an edited feed item): storage then updates
    /// the stored mention instead of dropping the delivery as a duplicate. Versions older than the stored one are ignored.
    /// </summary>
    public DateTimeOffset? EditedAt { get; init; }
    public required PostAuthor Author { get; init; }

    /// <summary>Language the source declared, if any (ISO 639-1).</summary>
    public string? Language { get; init; }

    /// <summary>Country the source declared, if any (ISO 3166 alpha-2).</summary>
    public string? Country { get; init; }

    public string? InReplyToExternalId { get; init; }

    /// <summary>The conversation the post belongs to, where the network says (an X conversation id, an e-mail thread); care joins a conversation into one case.</summary>
    public string? ConversationId { get; init; }
    public string? RepostOfExternalId { get; init; }
    public string? QuoteOfExternalId { get; init; }
    public PostEngagement Engagement { get; init; } = PostEngagement.None;
}

public sealed record PostAuthor(string Handle, string? DisplayName, long? Followers, bool Verified = false);

public sealed record PostEngagement(int Likes, int Shares, int Replies)
{
    public static readonly PostEngagement None = new(0, 0, 0);
}
