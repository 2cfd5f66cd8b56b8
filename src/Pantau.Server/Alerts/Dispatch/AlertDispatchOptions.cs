using System.ComponentModel.DataAnnotations;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>How queued alert notices are sent and retried, and how often escalations and digests are checked. Section <c>Alerts:Dispatch</c>.</summary>
public sealed class AlertDispatchOptions : IValidatableObject
{
    public const string Section = "Alerts:Dispatch";

    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6),
    ];

    /// <summary>Attempts of one notice before it is given up (a retryable failure each time).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first, second, … failed attempt (±20% jitter); the last one repeats. Empty: the defaults.</summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>The longest a receiver's <c>Retry-After</c> is obeyed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the outbox is looked at without a wake-up.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Channels worked at the same time (each in its own task).</summary>
    [Range(1, 64)]
    public int MaxConcurrentChannels { get; set; } = 4;

    /// <summary>How often unacknowledged alerts are checked for due escalation steps.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often due daily and weekly digests are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan DigestInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryDelays.Any(d => d <= TimeSpan.Zero || d > TimeSpan.FromDays(1)))
        {
            yield return new ValidationResult($"{Section}:RetryDelays must each be longer than zero and at most a day.", [nameof(RetryDelays)]);
        }
    }
}
