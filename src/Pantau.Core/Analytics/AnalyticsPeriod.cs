using Pantau.Core.Alerts;

namespace Pantau.Core.Analytics;

/// <summary>The named periods a dashboard offers; <see cref="Custom"/> is a range of local dates.</summary>
public enum PeriodPreset
{
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    Last90Days,
    ThisMonth,
    LastMonth,
    Custom,
}

/// <summary>How finely a series is cut: local hours, local days or local weeks (starting Monday).</summary>
public enum Granularity
{
    Hour,
    Day,
    Week,
}

/// <summary>
/// A half-open range of instants [<see cref="From"/>, <see cref="To"/>) that began as whole local days (or, for today,
/// up to now) in <see cref="Zone"/>. Counts and series are cut at local midnights, so a workspace in Asia/Jakarta sees
/// the day its team lives, whatever the server's zone.
/// </summary>
public sealed record AnalyticsPeriod(DateTimeOffset From, DateTimeOffset To, TimeZoneInfo Zone)
{
    public const int MaxDays = 3 * 366;

    public TimeSpan Length => To - From;

    /// <summary>The period of the same length just before this one, for "compared with the previous period".</summary>
    public AnalyticsPeriod Previous() => this with { From = From - Length, To = From };

    /// <summary>Hours up to two days, days up to 120 days, weeks beyond.</summary>
    public Granularity NaturalGranularity() => Length <= TimeSpan.FromDays(2) ? Granularity.Hour
        : Length <= TimeSpan.FromDays(120) ? Granularity.Day : Granularity.Week;

    /// <summary>The local first day of the period.</summary>
    public DateOnly FirstDay => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(From, Zone).DateTime);

    /// <summary>The local last day of the period (the day of the instant just before <see cref="To"/>).</summary>
    public DateOnly LastDay => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(To.AddTicks(-1), Zone).DateTime);

    /// <summary>Whole local days from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static AnalyticsPeriod FromDays(DateOnly first, DateOnly last, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (last < first)
        {
            (first, last) = (last, first);
        }

        return new AnalyticsPeriod(Midnight(first, zone), Midnight(last.AddDays(1), zone), zone);
    }

    /// <summary>
    /// The preset as of <paramref name="now"/>: today and the last-N-days presets end now (the last N local days
    /// including today), this month runs from its first to now, yesterday and last month are whole.
    /// </summary>
    public static AnalyticsPeriod FromPreset(PeriodPreset preset, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var untilNow = (DateOnly first) => new AnalyticsPeriod(Midnight(first, zone), now, zone);
        return preset switch
        {
            PeriodPreset.Today => untilNow(today),
            PeriodPreset.Yesterday => FromDays(today.AddDays(-1), today.AddDays(-1), zone),
            PeriodPreset.Last7Days => untilNow(today.AddDays(-6)),
            PeriodPreset.Last30Days => untilNow(today.AddDays(-29)),
            PeriodPreset.Last90Days => untilNow(today.AddDays(-89)),
            PeriodPreset.ThisMonth => untilNow(new DateOnly(today.Year, today.Month, 1)),
            PeriodPreset.LastMonth => FromDays(new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddDays(-1), zone),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "A custom period is made with FromDays."),
        };
    }

    /// <summary>The instant local midnight of <paramref name="day"/> begins (the first valid minute on a DST night).</summary>
    public static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone) =>
        LocalClock.ToInstant(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The local start of the bucket containing the instant.</summary>
    public DateTime BucketStart(DateTimeOffset at, Granularity granularity)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone).DateTime;
        return granularity switch
        {
            Granularity.Hour => new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified),
            Granularity.Day => local.Date,
            _ => local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7)),
        };
    }

    /// <summary>Every bucket's local start, in order, from the one holding <see cref="From"/> to the one holding the end.</summary>
    public IReadOnlyList<DateTime> Buckets(Granularity granularity)
    {
        var buckets = new List<DateTime>();
        var last = BucketStart(To.AddTicks(-1), granularity);
        for (var bucket = BucketStart(From, granularity); bucket <= last; bucket = Next(bucket, granularity))
        {
            buckets.Add(bucket);
        }

        return buckets;
    }

    private static DateTime Next(DateTime bucket, Granularity granularity) => granularity switch
    {
        Granularity.Hour => bucket.AddHours(1),
        Granularity.Day => bucket.AddDays(1),
        _ => bucket.AddDays(7),
    };
}
