using System.ComponentModel.DataAnnotations;

namespace Pantau.Server.Care.Webhooks;

/// <summary>How case events are delivered to the company's webhooks. Section <c>Care:Webhooks</c>.</summary>
public sealed class CareWebhookOptions : IValidatableObject
{
    public const string Section = "Care:Webhooks";

    /// <summary>
    /// Hosts (optionally <c>host:port</c>) that may receive webhooks although they resolve to a private, loopback or
    /// link-local address (a company system on the local network). Empty by default: such URLs are refused (SSRF).
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Longest a delivery may take, from connecting to the response's status.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts before a delivery that keeps failing (5xx, 429, timeouts) is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// Waits before the second, third, … attempt; the last one repeats. Each is varied by ±20% so that many deliveries that
    /// failed together do not retry together. A <c>Retry-After</c> from the receiver replaces the wait.
    /// </summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>How often due deliveries are looked for besides being woken by a new event.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Webhooks delivered to at the same time; one slow endpoint holds one of these, never all.</summary>
    [Range(1, 64)]
    public int MaxConcurrentWebhooks { get; set; } = 4;

    /// <summary>The longest <c>Retry-After</c> honoured.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(24);

    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
        [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2)];

    /// <summary>The configured delays, or the defaults (30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h).</summary>
    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryDelays.Any(d => d <= TimeSpan.Zero || d > TimeSpan.FromDays(7)))
        {
            yield return new ValidationResult("Care:Webhooks:RetryDelays must each be longer than zero and at most 7 days.", [nameof(RetryDelays)]);
        }
    }
}
