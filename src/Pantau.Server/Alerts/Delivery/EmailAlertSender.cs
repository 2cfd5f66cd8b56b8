using Microsoft.Extensions.Options;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>Sends <see cref="AlertMail"/> to the target's comma-separated recipients through <see cref="SmtpMailer"/>.</summary>
public sealed class EmailAlertSender(SmtpMailer mailer, IOptions<AlertDeliveryOptions> options) : IAlertChannelSender
{
    public AlertChannelKind Kind => AlertChannelKind.Email;

    public Task<DeliveryOutcome> SendAsync(AlertNotice notice, ChannelTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return mailer.SendAsync(AlertMail.Render(notice, options.Value.MaxMentions), target.Address, cancellationToken);
    }
}
