using System.Globalization;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>The words of a digest in Indonesian or English, with that language's number formats.</summary>
internal sealed record DigestWords(
    NoticeWords Notice,
    string Daily,
    string Weekly,
    string Mentions,
    string VersusPrevious,
    string NetSentiment,
    string Positive,
    string Neutral,
    string Negative,
    string Topics,
    string Topic,
    string Change,
    string TopStories,
    string NoStories,
    string Copies,
    string OpenRisks,
    string NoRisks,
    string Severity,
    string Care,
    string CasesOpened,
    string CasesResolved,
    string MedianFirstResponse,
    string SlaAttainment,
    string Backlog,
    string Hours,
    string Minutes,
    string OpenDashboard,
    string Footer)
{
    public static readonly DigestWords English = new(
        NoticeWords.English, "Daily digest", "Weekly digest", "Mentions", "vs the previous period", "Net sentiment",
        "Positive", "Neutral", "Negative", "Topics", "Topic", "Change", "Top stories", "No story spread in this period.", "copies",
        "Open risks", "No open alerts.", "Severity", "Customer care", "Cases opened", "Cases resolved", "Median first response",
        "Within SLA", "Backlog", "h", "min", "Open the dashboard",
        "You get this digest because your Pantau workspace sends it to this address.");

    public static readonly DigestWords Indonesian = new(
        NoticeWords.Indonesian, "Ringkasan harian", "Ringkasan mingguan", "Sebutan", "dibanding periode sebelumnya", "Sentimen bersih",
        "Positif", "Netral", "Negatif", "Topik", "Topik", "Perubahan", "Cerita teratas", "Tidak ada cerita yang menyebar pada periode ini.", "salinan",
        "Risiko terbuka", "Tidak ada peringatan terbuka.", "Tingkat", "Layanan pelanggan", "Kasus dibuka", "Kasus selesai", "Median respons pertama",
        "Sesuai SLA", "Antrean", "jam", "menit", "Buka dasbor",
        "Anda menerima ringkasan ini karena ruang kerja Pantau Anda mengirimkannya ke alamat ini.");

    public CultureInfo Culture => Notice.Culture;

    public static DigestWords For(string? language) => NoticeWords.For(language) == NoticeWords.Indonesian ? Indonesian : English;

    public string Number(long value) => Notice.Number(value);

    /// <summary>"+12.5%" / "+12,5%", "−3%"; "–" when unknown.</summary>
    public string Percent(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("+0.#;-0.#;0", Culture) + "%" : "–";

    /// <summary>"87.5%" without a sign.</summary>
    public string Share(double value) => value.ToString("0.#", Culture) + "%";

    /// <summary>"42 min", "1 h 5 min" / "1 jam 5 menit".</summary>
    public string Duration(TimeSpan value)
    {
        var minutes = (long)Math.Round(Math.Max(0, value.TotalMinutes));
        var hours = minutes / 60;
        var rest = minutes % 60;
        return hours == 0
            ? Number(rest) + " " + Minutes
            : Number(hours) + " " + Hours + (rest == 0 ? "" : " " + Number(rest) + " " + Minutes);
    }
}
