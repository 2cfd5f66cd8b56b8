using System.Globalization;
using MudBlazor;
using Pantau.Server.Localization;

namespace Pantau.Server.Components.Shared;

/// <summary>How numbers, times, networks and sentiments look in the UI, in the current culture.</summary>
public static class Display
{
    /// <summary>Networks the mention filter offers, in display order.</summary>
    public static readonly IReadOnlyList<string> Networks =
        ["x", "facebook", "instagram", "tiktok", "youtube", "reddit", "mastodon", "bluesky", "news", "blog", "feed", "forum", "email", "webhook"];

    public static readonly IReadOnlyList<string> Sentiments = ["negative", "neutral", "positive"];

    /// <summary>12,3 rb in Indonesian, 12.3K in English; plain below a thousand.</summary>
    public static string Compact(long value, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = CultureInfo.CurrentCulture;
        var magnitude = Math.Abs(value);
        if (magnitude < 1_000)
        {
            return value.ToString("N0", culture);
        }

        var (scaled, key) = magnitude switch
        {
            < 1_000_000 => (value / 1_000d, "num.thousand"),
            < 1_000_000_000 => (value / 1_000_000d, "num.million"),
            _ => (value / 1_000_000_000d, "num.billion"),
        };
        var format = Math.Abs(scaled) >= 100 ? "0" : "0.#";
        return string.Format(culture, text[key], Math.Round(scaled, 1, MidpointRounding.AwayFromZero).ToString(format, culture));
    }

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Fixed(double value, int digits = 2) => value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>"baru saja", "5 mnt lalu", "3 jam lalu", … then a date.</summary>
    public static string Relative(DateTimeOffset when, DateTimeOffset now, UiText text, ViewerZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var age = now - when;
        if (age < TimeSpan.FromSeconds(10) && age > TimeSpan.FromMinutes(-1))
        {
            return text["time.now"];
        }

        if (age < TimeSpan.Zero)
        {
            return text.Format("time.in", Timestamp(when, zone));
        }

        return age switch
        {
            { TotalMinutes: < 1 } => text.Format("time.seconds", (int)age.TotalSeconds),
            { TotalHours: < 1 } => text.Format("time.minutes", (int)age.TotalMinutes),
            { TotalDays: < 1 } => text.Format("time.hours", (int)age.TotalHours),
            { TotalDays: < 7 } => text.Format("time.days", (int)age.TotalDays),
            _ => Date(when, zone),
        };
    }

    /// <summary>How long until <paramref name="when"/>, for planned times ("in 12 min", "in 3 h 5 min").</summary>
    public static string Until(DateTimeOffset when, DateTimeOffset now, UiText text, ViewerZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var left = when - now;
        return left switch
        {
            { TotalMinutes: < 1 } => text["time.due"],
            { TotalHours: < 1 } => text.Format("time.in.minutes", (int)left.TotalMinutes),
            { TotalDays: < 1 } => text.Format("time.in.hours", (int)left.TotalHours, left.Minutes),
            { TotalDays: < 7 } => text.Format("time.in.days", (int)left.TotalDays),
            _ => text.Format("time.in", Date(when, zone)),
        };
    }

    public static string Date(DateTimeOffset when, ViewerZone? zone = null) =>
        (zone ?? ViewerZone.Server).ToLocal(when).ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Date and time in the viewer's zone, with the zone's offset so it is never ambiguous.</summary>
    public static string Timestamp(DateTimeOffset when, ViewerZone? zone = null)
    {
        var local = (zone ?? ViewerZone.Server).ToLocal(when);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var utc = offset.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{Math.Abs(offset.Hours)}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{Math.Abs(offset.Hours)}:{Math.Abs(offset.Minutes):00}");
        return local.ToString("d MMM yyyy HH:mm:ss", CultureInfo.CurrentCulture) + " (" + (offset == TimeSpan.Zero ? "UTC" : utc) + ")";
    }

    /// <summary>A duration such as a source's lag: "45 s", "3 min", "2 h".</summary>
    public static string Duration(double seconds, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return seconds switch
        {
            < 60 => text.Format("duration.seconds", Math.Round(seconds, seconds < 10 ? 1 : 0).ToString(CultureInfo.CurrentCulture)),
            < 3600 => text.Format("duration.minutes", (int)(seconds / 60)),
            < 86400 => text.Format("duration.hours", Math.Round(seconds / 3600, 1).ToString(CultureInfo.CurrentCulture)),
            _ => text.Format("duration.days", Math.Round(seconds / 86400, 1).ToString(CultureInfo.CurrentCulture)),
        };
    }

    public static string NetworkIcon(string? network) => network switch
    {
        "x" or "twitter" => Icons.Custom.Brands.X,
        "facebook" => Icons.Custom.Brands.Facebook,
        "instagram" => Icons.Custom.Brands.Instagram,
        "youtube" => Icons.Custom.Brands.YouTube,
        "tiktok" => Icons.Custom.Brands.TikTok,
        "reddit" => Icons.Custom.Brands.Reddit,
        "telegram" => Icons.Custom.Brands.Telegram,
        "whatsapp" => Icons.Custom.Brands.WhatsApp,
        "linkedin" => Icons.Custom.Brands.LinkedIn,
        "mastodon" or "bluesky" => Icons.Material.Filled.Forum,
        "feed" or "rss" => Icons.Material.Filled.RssFeed,
        "news" => Icons.Material.Filled.Newspaper,
        "blog" => Icons.Material.Filled.Article,
        "forum" => Icons.Material.Filled.QuestionAnswer,
        "email" or "mailinglist" => Icons.Material.Filled.Email,
        "webhook" => Icons.Material.Filled.Webhook,
        "demo" => Icons.Material.Filled.PlayCircle,
        _ => Icons.Material.Filled.Public,
    };

    /// <summary>The network's name as people say it (brand names are not translated).</summary>
    public static string NetworkName(string? network, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return network switch
        {
            null or "" => "?",
            "x" or "twitter" => "X",
            "facebook" => "Facebook",
            "instagram" => "Instagram",
            "youtube" => "YouTube",
            "tiktok" => "TikTok",
            "reddit" => "Reddit",
            "mastodon" => "Mastodon",
            "bluesky" => "Bluesky",
            "telegram" => "Telegram",
            "whatsapp" => "WhatsApp",
            "linkedin" => "LinkedIn",
            _ => UiText.Get("network." + network, CultureInfo.CurrentUICulture) is var name && name != "network." + network ? name : network,
        };
    }

    /// <summary>A source kind's name in the UI language (<c>demo</c> → "Korpus demo"), or the kind itself when it has none.</summary>
    public static string KindName(string kind, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = "kind." + kind;
        var name = text[key];
        return name == key ? kind : name;
    }

    public static string SourceKindIcon(string kind) => kind switch
    {
        "demo" => Icons.Material.Filled.Science,
        "webhook" => Icons.Material.Filled.Webhook,
        "feed" or "rss" => Icons.Material.Filled.RssFeed,
        "email" or "imap" => Icons.Material.Filled.Email,
        _ => NetworkIcon(kind),
    };

    /// <summary>Sentiment colours are the same everywhere: negative red, neutral grey, positive green.</summary>
    public static Color SentimentColor(string? sentiment) => sentiment switch
    {
        "negative" => Color.Error,
        "positive" => Color.Success,
        _ => Color.Default,
    };

    public static string SentimentIcon(string? sentiment) => sentiment switch
    {
        "negative" => Icons.Material.Filled.SentimentDissatisfied,
        "positive" => Icons.Material.Filled.SentimentSatisfied,
        _ => Icons.Material.Filled.SentimentNeutral,
    };

    public static string IntentIcon(string? intent) => intent switch
    {
        "complaint" => Icons.Material.Filled.ReportProblem,
        "question" => Icons.Material.Filled.HelpOutline,
        "praise" => Icons.Material.Filled.ThumbUp,
        _ => Icons.Material.Filled.ChatBubbleOutline,
    };

    public static string RiskIcon(string? risk) => risk switch
    {
        "legal" => Icons.Material.Filled.Gavel,
        "viral" => Icons.Material.Filled.TrendingUp,
        _ => Icons.Material.Filled.HealthAndSafety,
    };

    /// <summary>A mention's language by name in the UI language; no language and <c>und</c> read "Unknown".</summary>
    public static string LanguageName(string? code, UiText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return code switch
        {
            null or "" or "und" => text["lang.unknown"],
            "id" or "en" or "jv" or "su" or "ms" or "mixed" => text["lang." + code],
            _ => code,
        };
    }

    /// <summary>Only absolute http(s) links are shown; anything else a stranger wrote (javascript:, data:) is not a link.</summary>
    public static bool IsSafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A topic colour as CSS, or a neutral grey when the stored value is not #rrggbb.</summary>
    public static string SafeColor(string? color) =>
        color is { Length: 7 } && color[0] == '#' && color.AsSpan(1).ContainsOnlyHex() ? color : "#9e9e9e";

    /// <summary>Black or white text, whichever reads better on the colour.</summary>
    public static string ContrastText(string color)
    {
        var c = SafeColor(color);
        var r = int.Parse(c.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(c.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(c.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (0.299 * r) + (0.587 * g) + (0.114 * b) > 160 ? "#1f2933" : "#ffffff";
    }
}

internal static class SpanHex
{
    public static bool ContainsOnlyHex(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
