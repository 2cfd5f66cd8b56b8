using Pantau.Core.Alerts;
using Pantau.Server.Alerts.Delivery;

namespace Pantau.Server.Tests.Alerts.Delivery;

public sealed class DigestMailTests
{
    // Monday 2 March 2026 00:00 WIB to Monday 9 March 00:00 WIB.
    private static readonly DateTimeOffset WeekStart = new(2026, 3, 1, 17, 0, 0, TimeSpan.Zero);

    private static DigestReport Weekly(string language) => new(
        "Nusantel",
        language,
        DigestPeriodKind.Weekly,
        WeekStart,
        WeekStart.AddDays(7),
        12345,
        12.5,
        new DigestSentiment(3000, 7345, 2000),
        [new DigestTopic("Nusantel <Indihome>", 9000, -3.25), new DigestTopic("Kompetitor", 3345, null)],
        [new DigestStory("Sinyal hilang di Bekasi", "Sudah tiga hari <b>mati</b>", 42, 150000, new Uri("https://pantau.example.co.id/stories/1"))],
        [
            new DigestRisk("Volume spike", AlertSeverity.Medium, WeekStart.AddDays(6), new Uri("https://pantau.example.co.id/alerts/2")),
            new DigestRisk("Outage " + NoticeSamples.Xss, AlertSeverity.Critical, WeekStart.AddDays(5).AddHours(3), new Uri("https://pantau.example.co.id/alerts/1")),
        ],
        new DigestCare(120, 98, TimeSpan.FromMinutes(65), 87.5, 22),
        new Uri("https://pantau.example.co.id/dashboard"));

    [Fact]
    public void English_weekly_digest()
    {
        var mail = DigestMail.Render(Weekly("en"));

        Assert.Equal("[Pantau] Weekly digest · Nusantel · 2 Mar 2026 – 8 Mar 2026", mail.Subject);
        Assert.Contains("12,345", mail.Html, StringComparison.Ordinal);
        Assert.Contains("+12.5% vs the previous period", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Net sentiment: +20", mail.Text, StringComparison.Ordinal); // (3000 − 2000) / 5000
        Assert.Contains("24.3% / 59.5% / 16.2%", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Nusantel <Indihome>: 9,000 (-3.3%)", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Kompetitor: 3,345 (–)", mail.Text, StringComparison.Ordinal);
        Assert.Contains("42 copies · reach 150,000", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Median first response: 1 h 5 min", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Within SLA: 87.5%", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Open the dashboard: https://pantau.example.co.id/dashboard", mail.Text, StringComparison.Ordinal);

        // The critical risk first, its time in WIB.
        var critical = mail.Text.IndexOf("[Critical] Outage", StringComparison.Ordinal);
        Assert.True(critical >= 0 && critical < mail.Text.IndexOf("[Medium] Volume spike", StringComparison.Ordinal));
        Assert.Contains("7 Mar 2026 03:00 WIB", mail.Text, StringComparison.Ordinal);

        Assert.DoesNotContain("<script>", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Indihome>", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>mati", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Nusantel &lt;Indihome&gt;", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", mail.Html, StringComparison.Ordinal);
        Assert.Contains("<table", mail.Html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesian_daily_digest_without_care()
    {
        var report = Weekly("id") with { PeriodKind = DigestPeriodKind.Daily, PeriodEnd = WeekStart.AddDays(1), Care = null, OpenRisks = [], TopStories = [] };
        var mail = DigestMail.Render(report);

        Assert.Equal("[Pantau] Ringkasan harian · Nusantel · 2 Mar 2026", mail.Subject);
        Assert.Contains("Sebutan: 12.345 (+12,5% dibanding periode sebelumnya)", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Sentimen bersih: +20", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Nusantel <Indihome>: 9.000 (-3,3%)", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Tidak ada peringatan terbuka.", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Tidak ada cerita yang menyebar", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Layanan pelanggan", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Buka dasbor", mail.Html, StringComparison.Ordinal);
        Assert.Contains("lang=\"id\"", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workspace_time_zone_sets_the_dates()
    {
        var report = Weekly("en") with { PeriodKind = DigestPeriodKind.Daily, PeriodEnd = WeekStart.AddDays(1), TimeZoneId = "Asia/Jayapura" };
        var mail = DigestMail.Render(report);
        Assert.EndsWith("· 2 Mar 2026 – 3 Mar 2026", mail.Subject, StringComparison.Ordinal); // 02:00 WIT to 02:00 WIT next day
        Assert.Contains("7 Mar 2026 05:00 WIT", mail.Text, StringComparison.Ordinal);
    }
}
