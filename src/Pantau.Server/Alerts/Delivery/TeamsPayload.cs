using System.Text.Json.Nodes;
using Pantau.Core.Alerts;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// The message a Teams Workflows (or legacy incoming) webhook takes: one Adaptive Card 1.4 attachment. Strangers' text goes
/// in <c>TextRun</c>s, which Teams shows as written (no markdown), so a mention cannot add links or formatting.
/// </summary>
public static class TeamsPayload
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    public static string Render(AlertNotice notice, int maxMentions = 5)
    {
        var view = new NoticeView(notice, maxMentions);
        var body = new JsonArray
        {
            Text(NoticeWords.Marker(notice.Severity) + " " + view.Severity + " · " + view.Event, new JsonObject { ["weight"] = "Bolder", ["color"] = Color(notice.Severity) }),
            Text(view.Title, new JsonObject { ["size"] = "Large", ["weight"] = "Bolder" }),
        };
        if (view.Summary.Length > 0)
        {
            body.Add(Text(view.Summary, null));
        }

        body.Add(Text(view.Context, new JsonObject { ["isSubtle"] = true, ["size"] = "Small" }));
        if (view.Mentions.Count > 0)
        {
            body.Add(Text(view.Words.TopMentions, new JsonObject { ["weight"] = "Bolder" }, separator: true));
            foreach (var mention in view.Mentions)
            {
                var author = new JsonObject { ["type"] = "TextRun", ["text"] = mention.Byline, ["weight"] = "Bolder" };
                if (mention.Url is { } url)
                {
                    author["selectAction"] = new JsonObject { ["type"] = "Action.OpenUrl", ["url"] = url };
                }

                var items = new JsonArray
                {
                    new JsonObject
                    {
                        ["type"] = "RichTextBlock",
                        ["inlines"] = new JsonArray { author, Run(" · " + mention.Details, new JsonObject { ["isSubtle"] = true }) },
                    },
                };
                if (mention.Excerpt.Length > 0)
                {
                    items.Add(Text(mention.Excerpt, new JsonObject { ["italic"] = true }));
                }

                body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items });
            }
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
        };
        if (view.Link is { } link)
        {
            card["actions"] = new JsonArray { new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = view.Words.Open, ["url"] = link } };
        }

        var message = new JsonObject
        {
            ["type"] = "message",
            ["summary"] = view.Subject,
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = CardContentType, ["contentUrl"] = null, ["content"] = card },
            },
        };
        return message.ToJsonString();
    }

    /// <summary>A rich text block of one run: shown as written, wrapped.</summary>
    private static JsonObject Text(string text, JsonObject? style, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray { Run(text, style) } };
        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    private static JsonObject Run(string text, JsonObject? style)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        foreach (var (key, value) in style ?? [])
        {
            run[key] = value?.DeepClone();
        }

        return run;
    }

    private static string Color(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical or AlertSeverity.High => "Attention",
        AlertSeverity.Medium => "Warning",
        _ => "Accent",
    };
}
