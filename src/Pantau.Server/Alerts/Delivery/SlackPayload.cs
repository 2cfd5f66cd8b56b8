using System.Text;
using System.Text.Json.Nodes;
using Pantau.Core.Alerts;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// The JSON an incoming webhook takes: <c>text</c> (the notification and fallback) and Block Kit <c>blocks</c>: a header, the
/// summary, a context line, a section per top mention and a button to the alert. Strangers' text is escaped for mrkdwn.
/// </summary>
public static class SlackPayload
{
    /// <summary>Slack's limit for a header's text.</summary>
    private const int HeaderLength = 150;

    public static string Render(AlertNotice notice, int maxMentions = 5)
    {
        var view = new NoticeView(notice, maxMentions);
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "header",
                ["text"] = PlainText(NoticeText.Line(NoticeWords.Marker(notice.Severity) + " " + view.Severity + ": " + view.Title, HeaderLength)),
            },
        };
        if (view.Summary.Length > 0)
        {
            blocks.Add(Section(NoticeText.Slack(view.Summary)));
        }

        blocks.Add(new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray { Mrkdwn("*" + NoticeText.Slack(view.Event) + "* · " + NoticeText.Slack(view.Context)) },
        });
        if (view.Mentions.Count > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "divider" });
            blocks.Add(Section("*" + NoticeText.Slack(view.Words.TopMentions) + "*"));
            foreach (var mention in view.Mentions)
            {
                blocks.Add(Section(Mention(mention, view.Words)));
            }
        }

        if (view.Link is { } link)
        {
            var button = new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = "open_alert",
                ["text"] = PlainText(view.Words.Open),
                ["url"] = link,
            };
            if (notice.Severity >= AlertSeverity.High)
            {
                button["style"] = "danger";
            }

            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray { button } });
        }
        var payload = new JsonObject
        {
            ["text"] = NoticeText.Slack(NoticeWords.Marker(notice.Severity) + " [" + view.Severity + "] " + view.Title + " — " + view.Workspace),
            ["blocks"] = blocks,
            ["unfurl_links"] = false,
            ["unfurl_media"] = false,
        };
        return payload.ToJsonString();
    }

    private static string Mention(MentionView mention, NoticeWords words)
    {
        var text = new StringBuilder();
        text.Append('*').Append(NoticeText.Slack(mention.Author)).Append('*');
        if (mention.Handle is { } handle)
        {
            text.Append(" (").Append(NoticeText.Slack(handle)).Append(')');
        }

        text.Append(" · ").Append(NoticeText.Slack(mention.Details));
        if (mention.Url is { } url)
        {
            text.Append(" · <").Append(url).Append('|').Append(NoticeText.Slack(words.OpenMention)).Append('>');
        }

        if (mention.Excerpt.Length > 0)
        {
            text.Append("\n>").Append(NoticeText.Slack(mention.Excerpt));
        }

        return text.ToString();
    }

    private static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(mrkdwn) };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };
}
