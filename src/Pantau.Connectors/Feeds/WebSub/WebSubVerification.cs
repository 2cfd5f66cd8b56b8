using System.Globalization;

namespace Pantau.Connectors.Feeds.WebSub;

/// <summary>
/// A hub's verification of intent (W3C WebSub §5.3) or its denial (§5.2), read from the query of its GET on the
/// callback: <c>hub.mode</c>, <c>hub.topic</c>, <c>hub.challenge</c>, <c>hub.lease_seconds</c>, <c>hub.reason</c>.
/// </summary>
public sealed record WebSubVerification(string Mode, string Topic, string? Challenge, TimeSpan? Lease, string? Reason)
{
    public bool IsSubscribe => Mode == "subscribe";
    public bool IsUnsubscribe => Mode == "unsubscribe";
    public bool IsDenied => Mode == "denied";

    /// <summary>Reads the query parameters; null when they are not a verification (no mode or topic, or no challenge to echo).</summary>
    public static WebSubVerification? From(Func<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var mode = query("hub.mode");
        var topic = query("hub.topic");
        if (string.IsNullOrEmpty(mode) || string.IsNullOrEmpty(topic))
        {
            return null;
        }

        var challenge = query("hub.challenge");
        if (mode is "subscribe" or "unsubscribe" && string.IsNullOrEmpty(challenge))
        {
            return null;
        }

        TimeSpan? lease = long.TryParse(query("hub.lease_seconds"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.FromDays(365).TotalSeconds))
            : null;
        return new WebSubVerification(mode, topic, challenge, lease, query("hub.reason"));
    }
}
