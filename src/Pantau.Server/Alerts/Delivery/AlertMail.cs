using System.Text;
using Pantau.Core.Alerts;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>An alert as e-mail: "[Pantau] High: …" with the summary and top mentions, HTML-encoded, in the alert's language.</summary>
public static class AlertMail
{
    public static RenderedMail Render(AlertNotice notice, int maxMentions = 5)
    {
        var view = new NoticeView(notice, maxMentions);
        return new RenderedMail(view.Subject, Html(view), Text(view));
    }

    private static string Html(NoticeView view)
    {
        var color = SeverityColor(view.Notice.Severity);
        var content = new StringBuilder();
        content.Append("<p style=\"margin:0;font-size:12px;font-weight:bold;color:").Append(color).Append(";\">")
            .Append(NoticeText.Html(view.Severity.ToUpperInvariant() + " · " + view.Event)).Append("</p>")
            .Append("<h1 style=\"margin:4px 0 8px;font-size:20px;\">").Append(NoticeText.Html(view.Title)).Append("</h1>")
            .Append("<p style=\"").Append(MailHtml.Muted).Append("\">").Append(NoticeText.Html(view.Context)).Append("</p>");
        if (view.Summary.Length > 0)
        {
            content.Append("<p>").Append(NoticeText.Html(view.Summary).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        if (view.Mentions.Count > 0)
        {
            content.Append("<h2 style=\"").Append(MailHtml.Heading).Append("\">").Append(NoticeText.Html(view.Words.TopMentions)).Append("</h2>")
                .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">");
            foreach (var mention in view.Mentions)
            {
                content.Append("<tr><td style=\"").Append(MailHtml.Cell).Append("\"><strong>").Append(MailHtml.Link(mention.Url, mention.Byline))
                    .Append("</strong><br><span style=\"").Append(MailHtml.Muted).Append("\">").Append(NoticeText.Html(mention.Details)).Append("</span>");
                if (mention.Excerpt.Length > 0)
                {
                    content.Append("<br><span style=\"color:#374151;\">").Append(NoticeText.Html(mention.Excerpt)).Append("</span>");
                }

                content.Append("</td></tr>");
            }

            content.Append("</table>");
        }

        if (view.Link is { } link)
        {
            content.Append(MailHtml.Button(link, view.Words.Open, color));
        }

        return MailHtml.Page(view.Words.Culture.TwoLetterISOLanguageName, NoticeText.Html(view.Subject), content.ToString(), NoticeText.Html(view.Words.Footer));
    }

    private static string Text(NoticeView view)
    {
        var text = new StringBuilder();
        text.Append(view.Severity.ToUpperInvariant()).Append(" · ").Append(view.Event).Append('\n')
            .Append(view.Title).Append('\n')
            .Append(view.Context).Append("\n\n");
        if (view.Summary.Length > 0)
        {
            text.Append(view.Summary).Append("\n\n");
        }

        if (view.Mentions.Count > 0)
        {
            text.Append(view.Words.TopMentions).Append(":\n");
            foreach (var mention in view.Mentions)
            {
                text.Append("- ").Append(mention.Byline).Append(" · ").Append(mention.Details).Append('\n');
                if (mention.Excerpt.Length > 0)
                {
                    text.Append("  \"").Append(mention.Excerpt).Append("\"\n");
                }

                if (mention.Url is { } url)
                {
                    text.Append("  ").Append(url).Append('\n');
                }
            }

            text.Append('\n');
        }

        if (view.Link is { } link)
        {
            text.Append(view.Words.Open).Append(": ").Append(link).Append("\n\n");
        }

        text.Append("-- \n").Append(view.Words.Footer).Append('\n');
        return text.ToString();
    }

    internal static string SeverityColor(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => "#b91c1c",
        AlertSeverity.High => "#c2410c",
        AlertSeverity.Medium => "#a16207",
        _ => "#1d4ed8",
    };
}
