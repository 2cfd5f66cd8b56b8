using System.Globalization;
using System.Text;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// Makes strangers' text safe to put in a message before it is escaped for the format: control and bidirectional
/// override characters out, whitespace collapsed, bounded length; and escaping for HTML (e-mail, Telegram) and Slack mrkdwn.
/// </summary>
public static class NoticeText
{
    public const string DefaultTimeZoneId = "Asia/Jakarta";

    public const int TitleLength = 200;
    public const int SummaryLength = 1000;
    public const int NameLength = 80;
    public const int ExcerptLength = 280;
    public const int UrlLength = 2000;

    /// <summary>One line: controls and line breaks become spaces, runs of spaces one, trimmed, cut to <paramref name="max"/> with "…".</summary>
    public static string Line(string? text, int max) => Clean(text, max, keepLineBreaks: false);

    /// <summary>Like <see cref="Line"/> but single line breaks survive (at most two in a row).</summary>
    public static string Block(string? text, int max) => Clean(text, max, keepLineBreaks: true);

    /// <summary>For HTML text and double-quoted attributes: <c>&amp; &lt; &gt; "</c> and <c>'</c> escaped (Telegram's HTML accepts these).</summary>
    public static string Html(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Slack mrkdwn: <c>&amp; &lt; &gt;</c> escaped, so <c>&lt;!channel&gt;</c>, <c>&lt;@U123&gt;</c> and <c>&lt;url|label&gt;</c> from a stranger
    /// are shown, never acted on.
    /// </summary>
    public static string Slack(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>An absolute http(s) URL without user info, percent-encoded, within <see cref="UrlLength"/>; otherwise null.</summary>
    public static string? SafeUrl(Uri? url)
    {
        if (url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.UserInfo.Length > 0)
        {
            return null;
        }

        var text = url.AbsoluteUri
            .Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("\"", "%22", StringComparison.Ordinal)
            .Replace("'", "%27", StringComparison.Ordinal);
        return text.Length <= UrlLength ? text : null;
    }

    /// <summary>The workspace's zone, or Asia/Jakarta when the id is empty or unknown to this machine.</summary>
    public static TimeZoneInfo Zone(string? timeZoneId)
    {
        if (!string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZoneId, out var jakarta)
            ? jakarta
            : TimeZoneInfo.CreateCustomTimeZone(DefaultTimeZoneId, TimeSpan.FromHours(7), "WIB", "WIB");
    }

    /// <summary>"5 Mar 2026 14:05 WIB": Indonesia's zones by their names (WIB, WITA, WIT), others as UTC+hh:mm.</summary>
    public static string Time(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return local.ToString("d MMM yyyy HH:mm", culture) + " " + ZoneName(zone, local.Offset);
    }

    /// <summary>"5 Mar 2026" in the zone.</summary>
    public static string Date(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy", culture);
    }

    public static string ZoneName(TimeZoneInfo zone, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Id switch
        {
            "Asia/Jakarta" or "Asia/Pontianak" => "WIB",
            "Asia/Makassar" => "WITA",
            "Asia/Jayapura" => "WIT",
            _ => "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture),
        };
    }

    private static string Clean(string? text, int max, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(text.Length, max + 8));
        var pendingSpace = false;
        var breaks = 0;
        foreach (var c in text)
        {
            if (c == '\n' && keepLineBreaks)
            {
                if (builder.Length > 0 && breaks < 2)
                {
                    builder.Append('\n');
                    breaks++;
                }

                pendingSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace |= char.IsWhiteSpace(c) || c is '\r' or '\n' or '\t';
                continue;
            }

            if (IsBidiControl(c))
            {
                continue;
            }

            if (pendingSpace && builder.Length > 0 && breaks == 0)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            breaks = 0;
            builder.Append(c);
            if (builder.Length > max + 1)
            {
                break;
            }
        }

        var clean = builder.ToString().TrimEnd();
        return clean.Length <= max ? clean : Cut(clean, max);
    }

    /// <summary>Cut to <paramref name="max"/> characters with the ellipsis, never inside a surrogate pair.</summary>
    private static string Cut(string text, int max)
    {
        var length = Math.Max(0, max - 1);
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }

    /// <summary>Marks and embeddings that reorder text on screen (a "Trojan Source" excerpt that reads as something else).</summary>
    private static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
