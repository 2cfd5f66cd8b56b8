using System.Globalization;
using Pantau.Core.Alerts;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>The words and number and date formats of an alert in Indonesian ("id", culture id-ID) or English (en-GB).</summary>
public sealed class NoticeWords
{
    public static readonly NoticeWords English = new(
        CultureInfo.GetCultureInfo("en-GB"),
        ["Low", "Medium", "High", "Critical"],
        ["Rule", "Volume spike", "Spreading story"],
        "New alert", "Alert updated", "Alert escalated",
        "Open in Pantau", "Top mentions", "reach", "open", "Workspace", "Fired",
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["positive"] = "positive", ["neutral"] = "neutral", ["negative"] = "negative", ["mixed"] = "mixed" },
        "You get this because your Pantau workspace sends its alerts to this address.");

    public static readonly NoticeWords Indonesian = new(
        CultureInfo.GetCultureInfo("id-ID"),
        ["Rendah", "Sedang", "Tinggi", "Kritis"],
        ["Aturan", "Lonjakan volume", "Cerita menyebar"],
        "Peringatan baru", "Peringatan diperbarui", "Peringatan dieskalasi",
        "Buka di Pantau", "Sebutan teratas", "jangkauan", "buka", "Ruang kerja", "Terpicu",
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["positive"] = "positif", ["neutral"] = "netral", ["negative"] = "negatif", ["mixed"] = "campuran" },
        "Anda menerima ini karena ruang kerja Pantau Anda mengirim peringatannya ke alamat ini.");

    private readonly string[] _severities;
    private readonly string[] _kinds;
    private readonly Dictionary<string, string> _sentiments;

    private NoticeWords(
        CultureInfo culture, string[] severities, string[] kinds, string fired, string updated, string escalated,
        string open, string topMentions, string reach, string openMention, string workspace, string firedAt,
        Dictionary<string, string> sentiments, string footer)
    {
        Culture = culture;
        _severities = severities;
        _kinds = kinds;
        Fired = fired;
        Updated = updated;
        Escalated = escalated;
        Open = open;
        TopMentions = topMentions;
        Reach = reach;
        OpenMention = openMention;
        Workspace = workspace;
        FiredAt = firedAt;
        _sentiments = sentiments;
        Footer = footer;
    }

    public CultureInfo Culture { get; }

    public string Fired { get; }

    public string Updated { get; }

    public string Escalated { get; }

    public string Open { get; }

    public string TopMentions { get; }

    public string Reach { get; }

    public string OpenMention { get; }

    public string Workspace { get; }

    public string FiredAt { get; }

    public string Footer { get; }

    /// <summary>Indonesian for "id" (and "id-ID", "in"), English otherwise.</summary>
    public static NoticeWords For(string? language) =>
        language is not null && (language.StartsWith("id", StringComparison.OrdinalIgnoreCase) || language.Equals("in", StringComparison.OrdinalIgnoreCase))
            ? Indonesian
            : English;

    public string Severity(AlertSeverity severity) => _severities[Math.Clamp((int)severity, 0, _severities.Length - 1)];

    public string Kind(AlertKind kind) => _kinds[Math.Clamp((int)kind, 0, _kinds.Length - 1)];

    /// <summary>What happened: a new alert, an update or an escalation.</summary>
    public string Event(AlertNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.IsEscalation ? Escalated : notice.IsUpdate ? Updated : Fired;
    }

    /// <summary>A known sentiment in this language; anything else cleaned and shown as given.</summary>
    public string Sentiment(string? sentiment) =>
        sentiment is not null && _sentiments.TryGetValue(sentiment.Trim(), out var word) ? word : NoticeText.Line(sentiment, 20);

    public string Number(long value) => value.ToString("N0", Culture);

    /// <summary>The severity's marker in chats: 🔵 low, 🟡 medium, 🟠 high, 🔴 critical.</summary>
    public static string Marker(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => "🔴",
        AlertSeverity.High => "🟠",
        AlertSeverity.Medium => "🟡",
        _ => "🔵",
    };
}
