namespace Pantau.Server.Alerts.Delivery;

/// <summary>The sender of each channel kind.</summary>
public sealed class AlertSenders
{
    private readonly Dictionary<AlertChannelKind, IAlertChannelSender> _senders;

    public AlertSenders(IEnumerable<IAlertChannelSender> senders)
    {
        ArgumentNullException.ThrowIfNull(senders);
        _senders = [];
        foreach (var sender in senders)
        {
            if (!_senders.TryAdd(sender.Kind, sender))
            {
                throw new InvalidOperationException($"Two senders are registered for {sender.Kind}.");
            }
        }
    }

    public IReadOnlyCollection<AlertChannelKind> Kinds => _senders.Keys;

    public IAlertChannelSender For(AlertChannelKind kind) =>
        _senders.TryGetValue(kind, out var sender) ? sender : throw new InvalidOperationException($"No sender is registered for {kind}.");

    /// <summary>Delivers with the sender of the target's kind.</summary>
    public Task<DeliveryOutcome> SendAsync(AlertNotice notice, ChannelTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return For(target.Kind).SendAsync(notice, target, cancellationToken);
    }
}
