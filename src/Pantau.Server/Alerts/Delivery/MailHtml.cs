using System.Text;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// The frame of Pantau's e-mails: a 600px table with inline styles only (Gmail and Outlook drop style sheets), no images,
/// no scripts, no web fonts. Callers pass already-escaped HTML.
/// </summary>
internal static class MailHtml
{
    public const string Muted = "color:#6b7280;font-size:12px;";
    public const string Cell = "padding:6px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top;";
    public const string HeadCell = "padding:6px 8px;border-bottom:2px solid #d1d5db;text-align:left;font-size:12px;color:#374151;";
    public const string Heading = "margin:24px 0 8px;font-size:16px;color:#111827;";

    public static string Page(string language, string title, string content, string footer)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(NoticeText.Html(language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>").Append(title).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f3f4f6;\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:16px;\">")
            .Append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;max-width:600px;background:#ffffff;border-radius:6px;")
            .Append("font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#111827;\"><tr><td style=\"padding:24px;\">")
            .Append(content)
            .Append("<p style=\"").Append(Muted).Append("margin-top:32px;\">").Append(footer).Append("</p>")
            .Append("</td></tr></table></td></tr></table></body></html>");
        return html.ToString();
    }

    /// <summary>A link drawn as a button (a table cell, which Outlook keeps).</summary>
    public static string Button(string href, string label, string color) =>
        "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin:20px 0;\"><tr><td style=\"background:" + color
        + ";border-radius:4px;\"><a href=\"" + NoticeText.Html(href) + "\" style=\"display:inline-block;padding:10px 18px;color:#ffffff;"
        + "text-decoration:none;font-weight:bold;\">" + NoticeText.Html(label) + "</a></td></tr></table>";

    /// <summary>A link to a stranger's URL, or just the label when there is none.</summary>
    public static string Link(string? href, string label) =>
        href is null ? NoticeText.Html(label) : "<a href=\"" + NoticeText.Html(href) + "\" style=\"color:#1d4ed8;\">" + NoticeText.Html(label) + "</a>";
}
