namespace Pantau.Server.Alerts.Delivery;

/// <summary>Where an alert is delivered outside Pantau.</summary>
public enum AlertChannelKind
{
    Email = 0,
    Slack = 1,
    Teams = 2,
    Telegram = 3,
    Webhook = 4,
}
