using System.Globalization;

namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>Short human durations and sizes for health messages: "45 s", "10 min", "2 h 30 min", "3 d", "10 MB".</summary>
public static class DurationText
{
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        if (span < TimeSpan.FromMinutes(1))
        {
            return Invariant($"{Math.Round(span.TotalSeconds)} s");
        }

        if (span < TimeSpan.FromHours(1))
        {
            return Invariant($"{Math.Round(span.TotalMinutes)} min");
        }

        // Up to two days hours read better ("36 h" rather than "1 d 12 h").
        if (span < TimeSpan.FromDays(2))
        {
            var rounded = TimeSpan.FromMinutes(Math.Round(span.TotalMinutes));
            return rounded.Minutes == 0 ? Invariant($"{(int)rounded.TotalHours} h") : Invariant($"{(int)rounded.TotalHours} h {rounded.Minutes} min");
        }

        var hours = TimeSpan.FromHours(Math.Round(span.TotalHours));
        return hours.Hours == 0 ? Invariant($"{(int)hours.TotalDays} d") : Invariant($"{(int)hours.TotalDays} d {hours.Hours} h");
    }

    public static string Bytes(long bytes)
    {
        const long mb = 1024 * 1024;
        return bytes switch
        {
            >= mb when bytes % mb == 0 => Invariant($"{bytes / mb} MB"),
            >= mb => Invariant($"{bytes / (double)mb:0.#} MB"),
            >= 1024 => Invariant($"{bytes / 1024} KB"),
            _ => Invariant($"{bytes} bytes"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
