using System.Text.Json.Nodes;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// The generic webhook's JSON (documented field by field in docs/alert-delivery.md). Strangers' text is cleaned and bounded
/// like everywhere else; JSON escaping does the rest. Enum values are lowercase words.
/// </summary>
public static class AlertWebhookPayload
{
    public const int Version = 1;

    public static string Render(AlertNotice notice, DateTimeOffset sentAt, int maxMentions = 5)
    {
        var view = new NoticeView(notice, maxMentions);
        var mentions = new JsonArray();
        foreach (var (mention, raw) in view.Mentions.Zip(notice.TopMentions))
        {
            mentions.Add(new JsonObject
            {
                ["network"] = mention.Network,
                ["authorName"] = mention.Author,
                ["authorHandle"] = mention.Handle,
                ["reach"] = Math.Max(0, raw.Reach),
                ["excerpt"] = mention.Excerpt,
                ["url"] = mention.Url,
                ["publishedAt"] = raw.PublishedAt.ToUniversalTime(),
                ["sentiment"] = NoticeText.Line(raw.Sentiment, 20).ToLowerInvariant(),
            });
        }

        var payload = new JsonObject
        {
            ["version"] = Version,
            ["event"] = notice.EventType,
            ["sentAt"] = sentAt.ToUniversalTime(),
            ["workspace"] = new JsonObject { ["id"] = notice.WorkspaceId, ["name"] = view.Workspace },
            ["alert"] = new JsonObject
            {
                ["id"] = notice.AlertId,
                ["kind"] = notice.Kind.ToString().ToLowerInvariant(),
                ["severity"] = notice.Severity.ToString().ToLowerInvariant(),
                ["title"] = view.Title,
                ["summary"] = view.Summary,
                ["firedAt"] = notice.FiredAt.ToUniversalTime(),
                ["isUpdate"] = notice.IsUpdate,
                ["isEscalation"] = notice.IsEscalation,
                ["language"] = NoticeText.Line(notice.Language, 10),
                ["link"] = view.Link,
            },
            ["topMentions"] = mentions,
        };
        return payload.ToJsonString();
    }
}
