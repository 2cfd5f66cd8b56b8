namespace Pantau.Core.Alerts;

/// <summary>
/// The usual volume of a series for an instant, from its hourly counts, by local time of day and day of week in
/// <see cref="Zone"/>. Medians make it robust: a past spike is one sample of four and moves the median little. Gradual growth
/// is followed by a level factor, the last 7 days' total against the median of the same 7-day totals a week, two, … earlier,
/// clamped to [<see cref="MinLevelFactor"/>, <see cref="MaxLevelFactor"/>]. Within an hour the estimate blends linearly
/// towards the neighbouring hour, so a morning rise is not read as a spike at minute 59. Pure: the instant is a parameter.
/// </summary>
public sealed record VolumeBaseline(TimeZoneInfo Zone)
{
    public const string DefaultTimeZoneId = "Asia/Jakarta";

    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public VolumeBaseline()
        : this(TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId))
    {
    }

    /// <summary>How many past weeks of the same hour-of-week are taken into the median.</summary>
    public int Weeks { get; init; } = 4;

    public double MinLevelFactor { get; init; } = 0.5;

    public double MaxLevelFactor { get; init; } = 2.0;

    /// <summary>The least expected per hour: a quiet series still expects something, so one mention is not infinitely surprising.</summary>
    public double FloorPerHour { get; init; } = 1.0;

    /// <summary>The expected count per minute at <paramref name="at"/>, from hours before the one containing it.</summary>
    public BaselineEstimate Estimate(BucketCounts hourly, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(hourly);
        var hour = LocalClock.HourStart(at, Zone);
        var (median, basis, samples) = HourMedian(hourly, hour, at);

        // Hour medians stand for the middle of their hour; blend towards the nearer neighbour by distance from the middle.
        var offset = (TimeZoneInfo.ConvertTime(at, Zone).DateTime - hour).TotalHours - 0.5;
        if (basis != BaselineBasis.Floor && Math.Abs(offset) > 1e-9)
        {
            var (neighbour, neighbourBasis, _) = HourMedian(hourly, hour.AddHours(Math.Sign(offset)), at);
            if (neighbourBasis == basis)
            {
                median = ((1 - Math.Abs(offset)) * median) + (Math.Abs(offset) * neighbour);
            }
        }

        var level = basis == BaselineBasis.HourOfWeek ? LevelFactor(hourly, at) : 1.0;
        var perHour = Math.Max(median * level, FloorPerHour);
        return new BaselineEstimate(perHour / 60, median, level, basis, samples);
    }

    /// <summary>The median of the same local hour a week, two, … back; with no such week, of the past days; else nothing.</summary>
    private (double Median, BaselineBasis Basis, int Samples) HourMedian(BucketCounts hourly, DateTime localHour, DateTimeOffset now)
    {
        var known = KnownBefore(hourly, now);
        var samples = new List<double>(7);
        for (var week = 1; week <= Weeks; week++)
        {
            Add(samples, hourly, LocalClock.ToInstant(localHour.AddDays(-7 * week), Zone), known);
        }

        if (samples.Count > 0)
        {
            return (Median(samples), BaselineBasis.HourOfWeek, samples.Count);
        }

        for (var day = 1; day < 7; day++)
        {
            Add(samples, hourly, LocalClock.ToInstant(localHour.AddDays(-day), Zone), known);
        }

        return samples.Count > 0 ? (Median(samples), BaselineBasis.HourOfDay, samples.Count) : (0, BaselineBasis.Floor, 0);
    }

    /// <summary>Last 7 days' total over the median of the 7-day totals ending 1..Weeks weeks earlier; 1 when they are not known.</summary>
    private double LevelFactor(BucketCounts hourly, DateTimeOffset at)
    {
        var end = KnownBefore(hourly, at);
        if (hourly.Sum(end - Week, end) is not { } recent)
        {
            return 1.0;
        }

        var totals = new List<double>(Weeks);
        for (var week = 1; week <= Weeks; week++)
        {
            if (hourly.Sum(end - (Week * (week + 1)), end - (Week * week)) is { } total)
            {
                totals.Add(total);
            }
        }

        var usual = totals.Count == 0 ? 0 : Median(totals);
        return usual <= 0 ? 1.0 : Math.Clamp(recent / usual, MinLevelFactor, MaxLevelFactor);
    }

    /// <summary>The start of the hour bucket containing the instant: history from there on is the present, not the past.</summary>
    private static DateTimeOffset KnownBefore(BucketCounts hourly, DateTimeOffset at) => hourly.Start + (hourly.Bucket * hourly.IndexOf(at));

    private static void Add(List<double> samples, BucketCounts hourly, DateTimeOffset hourStart, DateTimeOffset known)
    {
        if (hourStart + hourly.Bucket <= known && hourly.CountAt(hourStart) is { } count)
        {
            samples.Add(count);
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
