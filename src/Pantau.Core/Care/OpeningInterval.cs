using System.Globalization;

namespace Pantau.Core.Care;

/// <summary>One stretch of opening hours on a local day, [Start, End); End may be 24:00 (midnight that ends the day).</summary>
public readonly record struct OpeningInterval
{
    public OpeningInterval(TimeSpan start, TimeSpan end)
    {
        if (start < TimeSpan.Zero || end > TimeSpan.FromDays(1) || start >= end)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"An opening interval needs 00:00 <= start < end <= 24:00, not {Format(start)}-{Format(end)}.");
        }

        Start = start;
        End = end;
    }

    public TimeSpan Start { get; }

    public TimeSpan End { get; }

    public static OpeningInterval FromHours(int startHour, int endHour) => new(TimeSpan.FromHours(startHour), TimeSpan.FromHours(endHour));

    /// <summary>Reads "HH:MM-HH:MM" (24:00 allowed as an end).</summary>
    public static OpeningInterval Parse(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            throw new FormatException($"Expected HH:MM-HH:MM, not '{text}'.");
        }

        return new OpeningInterval(ParseClock(text[..dash]), ParseClock(text[(dash + 1)..]));
    }

    public override string ToString() => $"{Format(Start)}-{Format(End)}";

    private static TimeSpan ParseClock(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length != 2 || parts[0].Length != 2 || parts[1].Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        {
            throw new FormatException($"Expected a time HH:MM between 00:00 and 24:00, not '{text.Trim()}'.");
        }

        return new TimeSpan(hours, minutes, 0);
    }

    private static string Format(TimeSpan time) => $"{(int)time.TotalHours:00}:{time.Minutes:00}";
}
