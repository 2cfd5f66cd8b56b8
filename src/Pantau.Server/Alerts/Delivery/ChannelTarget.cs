namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// Where to deliver: Email: comma-separated recipients; Slack and Teams: the incoming-webhook URL; Telegram: the chat id,
/// with the bot token as <see cref="Secret"/>; Webhook: the URL, with the signing secret. The secret never shows in
/// <see cref="ToString"/> (logs).
/// </summary>
public sealed record ChannelTarget(AlertChannelKind Kind, string Address, string? Secret)
{
    public override string ToString() => $"{Kind} {(Kind is AlertChannelKind.Slack or AlertChannelKind.Teams ? RedactedUrl(Address) : Address)}";

    /// <summary>A chat webhook's path is its credential: only the host is shown.</summary>
    private static string RedactedUrl(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}/…" : "(not a URL)";
}
