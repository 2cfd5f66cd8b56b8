using Pantau.Core.Enrichment;

namespace Pantau.Server.Contacts;

/// <summary>
/// Mentions per week by sentiment, weeks from Monday 00:00 in the workspace's zone (a Monday-morning complaint in
/// Jakarta belongs to that week, not to Sunday's in UTC). The current week is the last one.
/// </summary>
public static class SentimentTrend
{
    public const int Weeks = 12;

    /// <summary>The instant the first counted week starts.</summary>
    public static DateTimeOffset Start(DateTimeOffset now, TimeZoneInfo zone, int weeks = Weeks)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var monday = MondayOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime)).AddDays(-7 * (weeks - 1));
        var local = monday.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static IReadOnlyList<SentimentWeek> Count(IEnumerable<(DateTimeOffset At, Sentiment Sentiment)> mentions, DateTimeOffset now, TimeZoneInfo zone, int weeks = Weeks)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(zone);
        var first = DateOnly.FromDateTime(Start(now, zone, weeks).DateTime);
        var counts = new int[weeks, 3];
        foreach (var (at, sentiment) in mentions)
        {
            var week = (MondayOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime)).DayNumber - first.DayNumber) / 7;
            if (week is >= 0 && week < weeks)
            {
                counts[week, sentiment switch { Sentiment.Positive => 0, Sentiment.Negative => 2, _ => 1 }]++;
            }
        }

        return Enumerable.Range(0, weeks).Select(w => new SentimentWeek(first.AddDays(7 * w), counts[w, 0], counts[w, 1], counts[w, 2])).ToList();
    }

    /// <summary>The zone by IANA id; Asia/Jakarta when none is set or the id is unknown here.</summary>
    public static TimeZoneInfo Zone(string? id)
    {
        foreach (var candidate in new[] { id, "Asia/Jakarta" })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var zone))
            {
                return zone;
            }
        }

        // Western Indonesia has had no daylight saving since 1964.
        return TimeZoneInfo.CreateCustomTimeZone("Asia/Jakarta", TimeSpan.FromHours(7), "WIB", "WIB");
    }

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
