using Pantau.Core.Alerts;

namespace Pantau.Core.Tests.Alerts;

/// <summary>
/// A topic's minute counts drawn from a seeded Poisson process with a daily cycle in WIB (quiet nights, a morning and an
/// evening peak), quieter weekends and steady growth per week, for the spike detector to be tried on.
/// </summary>
internal sealed class SimulatedSeries
{
    public static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    /// <summary>A Monday, 00:00 WIB.</summary>
    public static readonly DateTimeOffset Origin = new(2026, 1, 5, 0, 0, 0, TimeSpan.FromHours(7));

    private readonly Random _random;

    public SimulatedSeries(int seed, int minutes)
    {
        _random = new Random(seed);
        Counts = new int[minutes];
    }

    public int[] Counts { get; }

    /// <summary>Mentions per minute at a peak hour of a weekday in week 0.</summary>
    public static double DailyShape(DateTimeOffset at)
    {
        // WIB is UTC+7 all year; converting through the zone for every simulated minute would dominate the test's time.
        var local = at.ToOffset(TimeSpan.FromHours(7));
        var hour = local.TimeOfDay.TotalHours;
        var morning = Math.Exp(-Math.Pow((hour - 10.5) / 2.5, 2));
        var evening = Math.Exp(-Math.Pow((hour - 20) / 2.2, 2));
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.7 : 1.0;
        return weekend * (0.08 + morning + (0.9 * evening));
    }

    /// <summary>Draws each minute from Poisson(rate(minute start)).</summary>
    public SimulatedSeries Fill(Func<DateTimeOffset, double> rate)
    {
        for (var i = 0; i < Counts.Length; i++)
        {
            Counts[i] = Poisson(rate(Origin.AddMinutes(i)));
        }

        return this;
    }

    public BucketCounts PerMinute() => BucketCounts.PerMinute(Origin, Counts);

    public BucketCounts Hourly()
    {
        var hours = new int[Counts.Length / 60];
        for (var i = 0; i < hours.Length * 60; i++)
        {
            hours[i / 60] += Counts[i];
        }

        return BucketCounts.Hourly(Origin, hours);
    }

    private int Poisson(double lambda)
    {
        // Knuth's method is exact and quick for the small rates per minute used here.
        var limit = Math.Exp(-lambda);
        var k = 0;
        var product = _random.NextDouble();
        while (product > limit)
        {
            k++;
            product *= _random.NextDouble();
        }

        return k;
    }
}
