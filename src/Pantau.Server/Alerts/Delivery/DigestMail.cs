using System.Text;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// The daily or weekly digest as e-mail: headline numbers, sentiment, topics, top stories, open risks and care, in the
/// workspace's language and time zone; HTML with inline styles and tables (Gmail, Outlook), and the same as plain text.
/// </summary>
public sealed class DigestMail(SmtpMailer mailer)
{
    private const int MaxRows = 10;

    public static RenderedMail Render(DigestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var words = DigestWords.For(report.Language);
        var zone = NoticeText.Zone(report.TimeZoneId);
        var workspace = NoticeText.Line(report.WorkspaceName, NoticeText.NameLength);
        var kind = report.PeriodKind == DigestPeriodKind.Weekly ? words.Weekly : words.Daily;
        var period = Period(report, zone, words);
        var subject = "[Pantau] " + kind + " · " + workspace + " · " + period;
        var facts = new Facts(report, words, zone);
        return new RenderedMail(subject, Html(report, words, kind + " · " + workspace, period, subject, facts), Text(report, words, kind + " · " + workspace, period, facts));
    }

    /// <summary>Renders and sends to the comma-separated <paramref name="recipients"/>.</summary>
    public Task<DeliveryOutcome> SendAsync(DigestReport report, string recipients, CancellationToken cancellationToken) =>
        mailer.SendAsync(Render(report), recipients, cancellationToken);

    /// <summary>"5 Mar 2026" for a day, "2 Mar 2026 – 8 Mar 2026" for a week (the end is exclusive).</summary>
    private static string Period(DigestReport report, TimeZoneInfo zone, DigestWords words)
    {
        var first = NoticeText.Date(report.PeriodStart, zone, words.Culture);
        var last = NoticeText.Date(report.PeriodEnd > report.PeriodStart ? report.PeriodEnd.AddTicks(-1) : report.PeriodEnd, zone, words.Culture);
        return first == last ? first : first + " – " + last;
    }

    private static string Html(DigestReport report, DigestWords words, string heading, string period, string subject, Facts facts)
    {
        var html = new StringBuilder();
        html.Append("<h1 style=\"margin:0 0 4px;font-size:20px;\">").Append(NoticeText.Html(heading)).Append("</h1>")
            .Append("<p style=\"").Append(MailHtml.Muted).Append("margin:0 0 16px;\">").Append(NoticeText.Html(period)).Append("</p>");

        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>");
        foreach (var (label, value, note) in facts.Headline)
        {
            html.Append("<td style=\"padding:8px;border:1px solid #e5e7eb;width:33%;\"><div style=\"").Append(MailHtml.Muted).Append("\">")
                .Append(NoticeText.Html(label)).Append("</div><div style=\"font-size:22px;font-weight:bold;\">").Append(NoticeText.Html(value))
                .Append("</div><div style=\"").Append(MailHtml.Muted).Append("\">").Append(NoticeText.Html(note)).Append("</div></td>");
        }

        html.Append("</tr></table>");

        if (facts.Topics.Count > 0)
        {
            Table(html, words.Topics, [words.Topic, words.Mentions, words.Change], facts.Topics.Select(t => new[] { t.Name, t.Mentions, t.Change }));
        }

        Rows(html, words.TopStories, words.NoStories, facts.Stories, (row, story) =>
        {
            row.Append("<td style=\"").Append(MailHtml.Cell).Append("\"><strong>").Append(MailHtml.Link(story.Link, story.Title)).Append("</strong>");
            if (story.Excerpt.Length > 0)
            {
                row.Append("<br><span style=\"color:#374151;\">").Append(NoticeText.Html(story.Excerpt)).Append("</span>");
            }

            row.Append("<br><span style=\"").Append(MailHtml.Muted).Append("\">").Append(NoticeText.Html(story.Details)).Append("</span></td>");
        });
        Rows(html, words.OpenRisks, words.NoRisks, facts.Risks, (row, risk) => row
            .Append("<td style=\"").Append(MailHtml.Cell).Append("white-space:nowrap;font-weight:bold;color:").Append(AlertMail.SeverityColor(risk.Severity)).Append(";\">")
            .Append(NoticeText.Html(risk.SeverityName)).Append("</td><td style=\"").Append(MailHtml.Cell).Append("\">").Append(MailHtml.Link(risk.Link, risk.Title))
            .Append("<br><span style=\"").Append(MailHtml.Muted).Append("\">").Append(NoticeText.Html(risk.FiredAt)).Append("</span></td>"));

        if (facts.Care.Count > 0)
        {
            Table(html, words.Care, null, facts.Care.Select(c => new[] { c.Label, c.Value }));
        }

        if (NoticeText.SafeUrl(report.DashboardLink) is { } dashboard)
        {
            html.Append(MailHtml.Button(dashboard, words.OpenDashboard, "#1d4ed8"));
        }

        return MailHtml.Page(words.Culture.TwoLetterISOLanguageName, NoticeText.Html(subject), html.ToString(), NoticeText.Html(words.Footer));
    }

    /// <summary>A heading, then a table row per item or, with none, the sentence that says so.</summary>
    private static void Rows<T>(StringBuilder html, string heading, string empty, IReadOnlyList<T> items, Action<StringBuilder, T> row)
    {
        html.Append("<h2 style=\"").Append(MailHtml.Heading).Append("\">").Append(NoticeText.Html(heading)).Append("</h2>");
        if (items.Count == 0)
        {
            html.Append("<p>").Append(NoticeText.Html(empty)).Append("</p>");
            return;
        }

        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">");
        foreach (var item in items)
        {
            html.Append("<tr>");
            row(html, item);
            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static void Table(StringBuilder html, string heading, string[]? head, IEnumerable<string[]> rows)
    {
        html.Append("<h2 style=\"").Append(MailHtml.Heading).Append("\">").Append(NoticeText.Html(heading)).Append("</h2>")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">");
        if (head is not null)
        {
            html.Append("<tr>");
            for (var i = 0; i < head.Length; i++)
            {
                html.Append("<th style=\"").Append(MailHtml.HeadCell).Append(i > 0 ? "text-align:right;" : "").Append("\">").Append(NoticeText.Html(head[i])).Append("</th>");
            }

            html.Append("</tr>");
        }

        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append("<td style=\"").Append(MailHtml.Cell).Append(i > 0 ? "text-align:right;white-space:nowrap;" : "").Append("\">").Append(NoticeText.Html(row[i])).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static string Text(DigestReport report, DigestWords words, string heading, string period, Facts facts)
    {
        var text = new StringBuilder();
        text.Append(heading).Append('\n').Append(period).Append("\n\n");
        foreach (var (label, value, note) in facts.Headline)
        {
            text.Append(label).Append(": ").Append(value).Append(note.Length > 0 ? " (" + note + ")" : "").Append('\n');
        }

        if (facts.Topics.Count > 0)
        {
            text.Append('\n').Append(words.Topics).Append(":\n");
            foreach (var topic in facts.Topics)
            {
                text.Append("- ").Append(topic.Name).Append(": ").Append(topic.Mentions).Append(" (").Append(topic.Change).Append(")\n");
            }
        }

        Lines(text, words.TopStories, words.NoStories, facts.Stories.Select(s => (s.Title + " (" + s.Details + ")", s.Link)));
        Lines(text, words.OpenRisks, words.NoRisks, facts.Risks.Select(r => ("[" + r.SeverityName + "] " + r.Title + " · " + r.FiredAt, r.Link)));

        if (facts.Care.Count > 0)
        {
            text.Append('\n').Append(words.Care).Append(":\n");
            foreach (var (label, value) in facts.Care)
            {
                text.Append("- ").Append(label).Append(": ").Append(value).Append('\n');
            }
        }

        if (NoticeText.SafeUrl(report.DashboardLink) is { } dashboard)
        {
            text.Append('\n').Append(words.OpenDashboard).Append(": ").Append(dashboard).Append('\n');
        }

        text.Append("\n-- \n").Append(words.Footer).Append('\n');
        return text.ToString();
    }

    /// <summary>A heading, then a line (and its link) per item, or the sentence that says there are none.</summary>
    private static void Lines(StringBuilder text, string heading, string empty, IEnumerable<(string Line, string? Link)> items)
    {
        text.Append('\n').Append(heading).Append(":\n");
        var any = false;
        foreach (var (line, link) in items)
        {
            any = true;
            text.Append("- ").Append(line).Append('\n');
            if (link is not null)
            {
                text.Append("  ").Append(link).Append('\n');
            }
        }

        if (!any)
        {
            text.Append(empty).Append('\n');
        }
    }

    /// <summary>The report's content cleaned, bounded and formatted once for both parts.</summary>
    private sealed class Facts
    {
        public Facts(DigestReport report, DigestWords words, TimeZoneInfo zone)
        {
            var sentiment = report.Sentiment ?? new DigestSentiment(0, 0, 0);
            var total = Math.Max(1, sentiment.Total);
            Headline =
            [
                (words.Mentions, words.Number(report.TotalMentions), words.Percent(report.ChangePercent) + " " + words.VersusPrevious),
                (words.NetSentiment, sentiment.NetScore.ToString("+0;-0;0", words.Culture), ""),
                (words.Positive + " / " + words.Neutral + " / " + words.Negative,
                    words.Share(sentiment.Positive * 100.0 / total) + " / " + words.Share(sentiment.Neutral * 100.0 / total) + " / " + words.Share(sentiment.Negative * 100.0 / total),
                    words.Number(sentiment.Positive) + " / " + words.Number(sentiment.Neutral) + " / " + words.Number(sentiment.Negative)),
            ];
            Topics = [.. (report.Topics ?? []).Take(MaxRows).Select(t => (NoticeText.Line(t.Name, NoticeText.NameLength), words.Number(t.Mentions), words.Percent(t.ChangePercent)))];
            Stories = [.. (report.TopStories ?? []).Take(MaxRows).Select(s => new StoryRow(
                NoticeText.Line(s.Title, NoticeText.TitleLength) is { Length: > 0 } title ? title : NoticeText.Line(s.Excerpt, NoticeText.TitleLength),
                NoticeText.Line(s.Excerpt, NoticeText.ExcerptLength),
                words.Number(s.Copies) + " " + words.Copies + " · " + words.Notice.Reach + " " + words.Number(s.Reach),
                NoticeText.SafeUrl(s.Link)))];
            Risks = [.. (report.OpenRisks ?? []).OrderByDescending(r => r.Severity).ThenBy(r => r.FiredAt).Take(MaxRows).Select(r => new RiskRow(
                r.Severity, words.Notice.Severity(r.Severity), NoticeText.Line(r.Title, NoticeText.TitleLength),
                NoticeText.Time(r.FiredAt, zone, words.Culture), NoticeText.SafeUrl(r.Link)))];
            if (report.Care is { } care)
            {
                Care =
                [
                    (words.CasesOpened, words.Number(care.CasesOpened)),
                    (words.CasesResolved, words.Number(care.CasesResolved)),
                    (words.MedianFirstResponse, care.MedianFirstResponse is { } median ? words.Duration(median) : "–"),
                    (words.SlaAttainment, care.SlaAttainmentPercent is { } sla ? words.Share(sla) : "–"),
                    (words.Backlog, words.Number(care.Backlog)),
                ];
            }
        }

        public IReadOnlyList<(string Label, string Value, string Note)> Headline { get; }

        public IReadOnlyList<(string Name, string Mentions, string Change)> Topics { get; }

        public IReadOnlyList<StoryRow> Stories { get; }

        public IReadOnlyList<RiskRow> Risks { get; }

        public IReadOnlyList<(string Label, string Value)> Care { get; } = [];
    }

    private sealed record StoryRow(string Title, string Excerpt, string Details, string? Link);

    private sealed record RiskRow(Pantau.Core.Alerts.AlertSeverity Severity, string SeverityName, string Title, string FiredAt, string? Link);
}
