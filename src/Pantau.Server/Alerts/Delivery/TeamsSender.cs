using Microsoft.Extensions.Options;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>Posts <see cref="TeamsPayload"/> to a Teams Workflows (or legacy incoming) webhook. Workflows answer 202 Accepted.</summary>
public sealed class TeamsSender(ChannelHttp http, IOptions<AlertDeliveryOptions> options) : IAlertChannelSender
{
    public AlertChannelKind Kind => AlertChannelKind.Teams;

    public Task<DeliveryOutcome> SendAsync(AlertNotice notice, ChannelTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var json = TeamsPayload.Render(notice, options.Value.MaxMentions);
        return http.PostJsonAsync(target.Address, json, null, null, [], cancellationToken);
    }
}
