using Microsoft.Extensions.Options;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>Posts <see cref="SlackPayload"/> to a Slack incoming webhook (the target's address). Slack answers 200 "ok".</summary>
public sealed class SlackSender(ChannelHttp http, IOptions<AlertDeliveryOptions> options) : IAlertChannelSender
{
    public AlertChannelKind Kind => AlertChannelKind.Slack;

    public Task<DeliveryOutcome> SendAsync(AlertNotice notice, ChannelTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var json = SlackPayload.Render(notice, options.Value.MaxMentions);
        return http.PostJsonAsync(target.Address, json, null, Interpret, [], cancellationToken);
    }

    /// <summary>Slack says why in the body: <c>no_service</c> (404), <c>channel_is_archived</c> (410), <c>invalid_payload</c> (400), …</summary>
    private DeliveryOutcome Interpret(ChannelHttp.Answer answer)
    {
        var outcome = http.Refused(answer);
        var why = NoticeText.Line(answer.Body, 60) switch
        {
            "no_service" or "no_team" or "team_disabled" => "the webhook was removed in Slack; paste a new one",
            "channel_is_archived" or "channel_not_found" => "the webhook's channel is archived or gone; paste a webhook of a live channel",
            "invalid_token" or "action_prohibited" or "posting_to_general_channel_denied" => "Slack refused the webhook (" + NoticeText.Line(answer.Body, 60) + ")",
            "invalid_payload" or "user_not_found" => "Slack refused the message (" + NoticeText.Line(answer.Body, 60) + ")",
            _ => null,
        };
        return why is null || outcome.Retryable ? outcome : outcome with { Error = $"{why}: HTTP {answer.Status}" };
    }
}
