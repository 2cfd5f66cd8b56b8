using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// The <c>sendMessage</c> body: <c>chat_id</c>, <c>text</c> in Telegram's HTML (only b, i, a and blockquote; <c>&amp; &lt; &gt; "</c>
/// escaped), <c>parse_mode: "HTML"</c> and link previews off. Mentions that would pass Telegram's 4096 characters are left out.
/// </summary>
public static class TelegramPayload
{
    /// <summary>Below Telegram's 4096 characters counted with the markup, so the visible text is surely within it.</summary>
    private const int MaxTextLength = 3900;

    public static string Render(AlertNotice notice, string chatId, int maxMentions = 5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chatId);
        var view = new NoticeView(notice, maxMentions);
        var text = new StringBuilder();
        text.Append(NoticeWords.Marker(notice.Severity)).Append(" <b>").Append(NoticeText.Html(view.Severity + " · " + view.Event)).Append("</b>\n");
        text.Append("<b>").Append(NoticeText.Html(view.Title)).Append("</b>\n");
        if (view.Summary.Length > 0)
        {
            text.Append(NoticeText.Html(view.Summary)).Append('\n');
        }

        text.Append("<i>").Append(NoticeText.Html(view.Context)).Append("</i>\n");
        var open = view.Link is { } link ? "\n<a href=\"" + NoticeText.Html(link) + "\">" + NoticeText.Html(view.Words.Open) + "</a>" : "";
        if (view.Mentions.Count > 0)
        {
            text.Append("\n<b>").Append(NoticeText.Html(view.Words.TopMentions)).Append("</b>\n");
            foreach (var mention in view.Mentions)
            {
                var line = Mention(mention, view.Words);
                if (text.Length + line.Length + open.Length > MaxTextLength)
                {
                    break;
                }

                text.Append(line);
            }
        }

        text.Append(open);
        var body = new JsonObject
        {
            ["chat_id"] = long.TryParse(chatId.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : chatId.Trim(),
            ["text"] = text.ToString(),
            ["parse_mode"] = "HTML",
            ["link_preview_options"] = new JsonObject { ["is_disabled"] = true },
        };
        return body.ToJsonString();
    }

    private static string Mention(MentionView mention, NoticeWords words)
    {
        var line = new StringBuilder();
        line.Append("• <b>").Append(NoticeText.Html(mention.Author)).Append("</b>");
        if (mention.Handle is { } handle)
        {
            line.Append(" (").Append(NoticeText.Html(handle)).Append(')');
        }

        line.Append(" · ").Append(NoticeText.Html(mention.Details));
        if (mention.Url is { } url)
        {
            line.Append(" · <a href=\"").Append(NoticeText.Html(url)).Append("\">").Append(NoticeText.Html(words.OpenMention)).Append("</a>");
        }

        line.Append('\n');
        if (mention.Excerpt.Length > 0)
        {
            line.Append("<blockquote>").Append(NoticeText.Html(mention.Excerpt)).Append("</blockquote>\n");
        }

        return line.ToString();
    }
}
