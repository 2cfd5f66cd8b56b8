using System.Text;
using Microsoft.Extensions.Options;
using Pantau.Core.Care;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// POSTs <see cref="AlertWebhookPayload"/> to the company's URL, signed like the care webhooks: <c>Pantau-Signature:
/// t=&lt;unix&gt;,v1=&lt;HMAC-SHA256 of "t." + body&gt;</c>, with <c>Pantau-Event-Type</c>.
/// </summary>
public sealed class AlertWebhookSender(ChannelHttp http, IOptions<AlertDeliveryOptions> options, TimeProvider time) : IAlertChannelSender
{
    public const string EventTypeHeader = "Pantau-Event-Type";

    public AlertChannelKind Kind => AlertChannelKind.Webhook;

    public Task<DeliveryOutcome> SendAsync(AlertNotice notice, ChannelTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(target);
        if (string.IsNullOrEmpty(target.Secret))
        {
            return Task.FromResult(DeliveryOutcome.Failure("the webhook has no signing secret; set one", retryable: false));
        }

        var now = time.GetUtcNow();
        var json = AlertWebhookPayload.Render(notice, now, options.Value.MaxMentions);
        KeyValuePair<string, string>[] headers =
        [
            new(WebhookSignature.HeaderName, WebhookSignature.Sign(Encoding.UTF8.GetBytes(json), target.Secret, now)),
            new(EventTypeHeader, notice.EventType),
        ];
        return http.PostJsonAsync(target.Address, json, headers, null, [target.Secret], cancellationToken);
    }
}
