namespace Pantau.Data.Entities;

/// <summary>A workspace's alert engine settings; a workspace without a row uses the defaults.</summary>
public sealed class AlertSettings
{
    public Guid WorkspaceId { get; set; }

    /// <summary>Volume-spike sensitivity: 0 low, 1 normal, 2 high.</summary>
    public int SpikeSensitivity { get; set; } = 1;

    public bool SpikesEnabled { get; set; } = true;
    public bool StoriesEnabled { get; set; } = true;

    /// <summary>A story alerts when carried by an author with at least this reach.</summary>
    public long StoryReachThreshold { get; set; } = 100_000;

    /// <summary>Escalation steps as JSON: after how many minutes unacknowledged, which channel.</summary>
    public string EscalationJson { get; set; } = "[]";

    public bool DailyDigest { get; set; }
    public bool WeeklyDigest { get; set; }

    /// <summary>Digest recipients, comma-separated e-mail addresses.</summary>
    public string DigestRecipients { get; set; } = "";

    /// <summary><c>id</c> or <c>en</c>: the language of digests and of alerts sent outside the app.</summary>
    public string Language { get; set; } = "id";

    public DateTimeOffset? DailyDigestSentFor { get; set; }
    public DateTimeOffset? WeeklyDigestSentFor { get; set; }
}

/// <summary>Mentions per hour of one topic and one sentiment: the history the spike detector's baseline is drawn from.</summary>
public sealed class TopicVolumeHour
{
    public Guid TopicId { get; set; }

    /// <summary><see cref="Pantau.Core.Enrichment.Sentiment"/> as a number.</summary>
    public int Sentiment { get; set; }

    public DateTimeOffset HourStart { get; set; }
    public Guid WorkspaceId { get; set; }
    public int Count { get; set; }
}
