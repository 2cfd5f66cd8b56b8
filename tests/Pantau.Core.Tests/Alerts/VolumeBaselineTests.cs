using System.Globalization;
using Pantau.Core.Alerts;
using Pantau.Core.Enrichment;

namespace Pantau.Core.Tests.Alerts;

public sealed class VolumeBaselineTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Hourly counts from <paramref name="start"/> for <paramref name="hours"/> hours, each given by its local time in <paramref name="zone"/>.</summary>
    private static BucketCounts History(DateTimeOffset start, int hours, TimeZoneInfo zone, Func<DateTime, int, int> count) =>
        BucketCounts.Hourly(start, [.. Enumerable.Range(0, hours).Select(i => count(TimeZoneInfo.ConvertTime(start.AddHours(i), zone).DateTime, i))]);

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(7)); // Monday 00:00 WIB

    [Fact]
    public void Follows_the_hour_of_week_in_the_workspace_zone()
    {
        // Tuesdays 10:00 WIB are busy (600/h), everything else 60/h.
        var history = History(Start, 24 * 7 * 5, Wib, (local, _) => local is { DayOfWeek: DayOfWeek.Tuesday, Hour: 10 } ? 600 : 60);
        var baseline = new VolumeBaseline(Wib);
        var tuesday10 = Start.AddDays(7 * 5 + 1).AddHours(10).AddMinutes(30);
        var estimate = baseline.Estimate(history, tuesday10);
        Assert.Equal(BaselineBasis.HourOfWeek, estimate.Basis);
        Assert.Equal(4, estimate.Samples);
        Assert.Equal(10, estimate.PerMinute, 1);
        Assert.Equal(1, baseline.Estimate(history, tuesday10.AddDays(1)).PerMinute, 1);

        // The reading names the time of week in the workspace's zone.
        var perMinute = BucketCounts.PerMinute(tuesday10.AddMinutes(-60), new int[60]);
        var wib = new SpikeDetector(baseline).Evaluate(null, history, perMinute, tuesday10);
        var utc = new SpikeDetector(new VolumeBaseline(TimeZoneInfo.Utc)).Evaluate(null, history, perMinute, tuesday10);
        Assert.Equal((DayOfWeek.Tuesday, 10, DayOfWeek.Tuesday, 3), (wib.LocalDay, wib.LocalHour, utc.LocalDay, utc.LocalHour));
    }

    [Fact]
    public void Keeps_local_time_across_a_dst_switch()
    {
        // Amsterdam goes to summer time on Sunday 29 March 2026; 09:00 local is busy every day.
        var start = new DateTimeOffset(2026, 2, 23, 0, 0, 0, TimeSpan.FromHours(1));
        var history = History(start, 24 * 7 * 6, Amsterdam, (local, _) => local.Hour == 9 ? 300 : 30);
        var after = new DateTimeOffset(2026, 4, 6, 9, 30, 0, TimeSpan.FromHours(2)); // Monday 09:30 CEST
        Assert.Equal(5, new VolumeBaseline(Amsterdam).Estimate(history, after).PerMinute, 1);
    }

    [Fact]
    public void Scales_with_gradual_growth()
    {
        // 20 % more each week, flat within the week.
        var history = History(Start, 24 * 7 * 5, Wib, (_, i) => (int)Math.Round(60 * Math.Pow(1.2, i / 168.0)));
        var at = Start.AddDays(7 * 5).AddMinutes(30);
        var estimate = new VolumeBaseline(Wib).Estimate(history, at);
        var truth = 60 * Math.Pow(1.2, 5) / 60;
        Assert.True(estimate.LevelFactor > 1.4, estimate.ToString());
        Assert.InRange(estimate.PerMinute, truth * 0.9, truth * 1.1);
    }

    [Fact]
    public void A_past_spike_does_not_poison_the_baseline()
    {
        var spikeHour = Start.AddDays(7 * 3 + 1).AddHours(10);
        var history = History(Start, 24 * 7 * 5, Wib, (_, i) => Start.AddHours(i) == spikeHour ? 6000 : 60);
        var estimate = new VolumeBaseline(Wib).Estimate(history, spikeHour.AddDays(14).AddMinutes(30));
        Assert.InRange(estimate.PerMinute, 0.95, 1.2);
    }

    [Fact]
    public void Short_history_uses_the_hour_of_day_and_none_the_floor()
    {
        var history = History(Start, 24 * 3, Wib, (local, _) => local.Hour == 10 ? 120 : 12);
        var baseline = new VolumeBaseline(Wib);
        var estimate = baseline.Estimate(history, Start.AddDays(3).AddHours(10).AddMinutes(30));
        Assert.Equal(BaselineBasis.HourOfDay, estimate.Basis);
        Assert.Equal(3, estimate.Samples);
        Assert.Equal(2, estimate.PerMinute, 1);

        var none = baseline.Estimate(BucketCounts.Hourly(Start, [5, 5]), Start.AddHours(2));
        Assert.Equal(BaselineBasis.Floor, none.Basis);
        Assert.Equal(baseline.FloorPerHour / 60, none.PerMinute, 6);
    }

    [Theory]
    [InlineData(0, 1.0, 0.0)]
    [InlineData(10, 1.0, -16.00991)] // reference values from mpmath, summing the pmf at 30 digits
    [InlineData(3, 3.0, -0.5502425)]
    [InlineData(2000, 1000.0, -390.32164)]
    [InlineData(900, 1000.0, -0.00062279)]
    public void Poisson_tails_are_stable(int k, double lambda, double expectedLog)
    {
        Assert.Equal(expectedLog, PoissonTail.LogUpperTail(k, lambda), Math.Abs(expectedLog) * 1e-3 + 1e-5);
    }

    [Fact]
    public void Descriptions_read_in_english_and_indonesian()
    {
        var reading = new SpikeReading(true, AlertSeverity.High, 5, 62, 10, 6.2, 1e-20, DayOfWeek.Tuesday, 10, BaselineBasis.HourOfWeek);
        Assert.Equal("Negative mentions of Nusantel are 6.2× the usual for a Tuesday 10:00",
            SpikeDescription.Text("Nusantel", Sentiment.Negative, reading, CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Mention negatif Nusantel 6,2× dari biasanya untuk Selasa 10.00",
            SpikeDescription.Text("Nusantel", Sentiment.Negative, reading, CultureInfo.GetCultureInfo("id-ID")));
        Assert.Equal("Mention Nusantel 6,2× dari biasanya untuk Selasa 10.00",
            SpikeDescription.Text("Nusantel", null, reading, CultureInfo.GetCultureInfo("id")));
    }
}
