using Pantau.Core.Enrichment;

namespace Pantau.Data.Entities;

/// <summary>A post that matched at least one topic of its workspace, with its enrichment.</summary>
public sealed class Mention
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public Guid SourceId { get; set; }
    public required string SourceKind { get; set; }
    public required string ExternalId { get; set; }
    public required string Network { get; set; }
    public long AuthorId { get; set; }
    public Author? Author { get; set; }

    public string? Title { get; set; }
    public required string Text { get; set; }

    /// <summary>Folded text (the normaliser's output), searched by the full-text filter.</summary>
    public required string SearchText { get; set; }

    public string? Url { get; set; }

    /// <summary>Sanitised HTML for display (feed items); null for plain-text sources.</summary>
    public string? Html { get; set; }

    /// <summary>When the source last changed the post (an edited feed item); null if it never did.</summary>
    public DateTimeOffset? EditedAt { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
    public string? Language { get; set; }
    public string? Country { get; set; }
    public string? InReplyTo { get; set; }

    /// <summary>The conversation (thread) the source says the post belongs to.</summary>
    public string? ConversationId { get; set; }
    public string? RepostOf { get; set; }
    public string? QuoteOf { get; set; }
    public int Likes { get; set; }
    public int Shares { get; set; }
    public int Replies { get; set; }

    /// <summary>
    /// The effective sentiment: the model's, or the last correction of it (<see cref="MentionCorrection"/>), so that
    /// every count and filter follows what the team decided.
    /// </summary>
    public Sentiment Sentiment { get; set; }

    /// <summary>The model's score; a correction changes <see cref="Sentiment"/>, never this.</summary>
    public double SentimentScore { get; set; }

    /// <summary>The effective intent (the model's, or the last correction of it).</summary>
    public Intent Intent { get; set; }

    /// <summary>Whether it is spam, effectively (the model's, or the last correction of it).</summary>
    public bool IsSpam { get; set; }

    /// <summary>How likely the model thought it spam, in [0, 1]; a correction changes <see cref="IsSpam"/>, never this.</summary>
    public double SpamScore { get; set; }

    /// <summary>Signals that the mention may turn into more than a care case (legal, viral, safety).</summary>
    public RiskSignals Risk { get; set; }

    public long Reach { get; set; }
    public double Impact { get; set; }

    /// <summary>The words that drove the sentiment, as a JSON array.</summary>
    public string? Explanation { get; set; }

    public List<MentionTopic> Topics { get; set; } = [];
}

public sealed class MentionTopic
{
    public long MentionId { get; set; }
    public Guid TopicId { get; set; }
    public Guid WorkspaceId { get; set; }
}
