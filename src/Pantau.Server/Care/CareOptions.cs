using System.ComponentModel.DataAnnotations;

namespace Pantau.Server.Care;

/// <summary>How the care engine runs (section <c>Care</c>). What a workspace decides (SLA, routing) is in its care settings.</summary>
public sealed class CareOptions
{
    public const string Section = "Care";

    /// <summary>Mentions the intake reads per transaction.</summary>
    [Range(1, 10_000)]
    public int IntakeBatchSize { get; set; } = 500;

    /// <summary>How often the SLA monitor looks for warnings, breaches and overdue assignees.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often open cases' priorities are recomputed (waiting time and SLA due move them up).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PriorityRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Tries to send one reply before it is marked failed.</summary>
    [Range(1, 50)]
    public int ReplyAttempts { get; set; } = 6;

    /// <summary>First wait before retrying a reply the source could not take; doubles on each try.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ReplyRetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Keep a customer's reply inside their own care conversation even when it names no brand (see CareConversations).</summary>
    public bool KeepConversationReplies { get; set; } = true;

    /// <summary>An agent not seen (no open inbox, no API heartbeat) for this long is offline for routing.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PresenceTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
