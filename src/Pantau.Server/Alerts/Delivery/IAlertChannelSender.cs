namespace Pantau.Server.Alerts.Delivery;

/// <summary>Delivers one alert to one target of its channel. Never throws for the target's faults: they are outcomes.</summary>
public interface IAlertChannelSender
{
    AlertChannelKind Kind { get; }

    Task<DeliveryOutcome> SendAsync(AlertNotice notice, ChannelTarget target, CancellationToken cancellationToken);
}
