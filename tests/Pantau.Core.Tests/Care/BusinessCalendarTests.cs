using System.Diagnostics;
using Pantau.Core.Care;
using static Pantau.Core.Tests.Care.Calendars;

namespace Pantau.Core.Tests.Care;

public sealed class BusinessCalendarTests
{
    // Mon-Fri 08:00-17:00 WIB. 2026-12-04 is a Friday.
    [Theory]
    [InlineData("2026-12-04 16:55", 60, "2026-12-07 08:55")] // Friday afternoon complaint, due Monday morning
    [InlineData("2026-12-05 10:00", 30, "2026-12-07 08:30")] // Saturday: starts at Monday's opening
    [InlineData("2026-12-07 07:00", 9 * 60, "2026-12-07 17:00")] // a whole day lands on the close, not the next opening
    [InlineData("2026-12-07 07:00", 9 * 60 + 1, "2026-12-08 08:01")]
    [InlineData("2026-12-07 12:00", 0, "2026-12-07 12:00")]
    [InlineData("2026-12-07 18:00", 0, "2026-12-07 18:00")] // no time to wait for: the start itself
    [InlineData("2026-12-07 09:00", 5 * 9 * 60, "2026-12-14 09:00")] // one working week
    [InlineData("2026-12-11 17:00", 1, "2026-12-14 08:01")]
    public void Add_counts_only_office_hours(string start, int minutes, string expected)
    {
        Assert.Equal(Jakarta(expected), Office().Add(Jakarta(start), TimeSpan.FromMinutes(minutes)));
    }

    [Theory]
    [InlineData("2026-12-07 11:30", 60, "2026-12-07 13:30")] // lunch 12:00-13:00 does not count
    [InlineData("2026-12-07 12:15", 30, "2026-12-07 13:30")]
    [InlineData("2026-12-07 16:30", 60, "2026-12-07 19:30")] // the evening shift ends at 24:00
    [InlineData("2026-12-07 23:30", 60, "2026-12-08 08:30")]
    public void Add_handles_several_intervals_a_day(string start, int minutes, string expected)
    {
        var calendar = BusinessCalendar.Weekly(
            Wib, Weekdays, [OpeningInterval.FromHours(8, 12), OpeningInterval.FromHours(13, 17), OpeningInterval.FromHours(19, 24)]);

        Assert.Equal(Jakarta(expected), calendar.Add(Jakarta(start), TimeSpan.FromMinutes(minutes)));
    }

    [Theory]
    [InlineData("2026-12-07 08:00", true)]
    [InlineData("2026-12-07 16:59", true)]
    [InlineData("2026-12-07 17:00", false)] // intervals are [start, end)
    [InlineData("2026-12-07 07:59", false)]
    [InlineData("2026-12-05 10:00", false)]
    [InlineData("2026-12-25 10:00", false)] // Natal
    [InlineData("2026-12-24 10:00", false)] // cuti bersama Natal
    public void IsOpen_follows_hours_and_holidays(string instant, bool open)
    {
        Assert.Equal(open, Office(holidays: IndonesianHolidays()).IsOpen(Jakarta(instant)));
    }

    [Theory]
    [InlineData("2026-12-07 10:00", "2026-12-07 10:00")]
    [InlineData("2026-12-07 17:00", "2026-12-08 08:00")]
    [InlineData("2026-12-23 18:00", "2026-12-28 08:00")] // over cuti bersama, Natal and the weekend
    [InlineData("2026-08-14 17:30", "2026-08-18 08:00")] // Proklamasi on Monday
    public void NextOpening_skips_closed_days(string instant, string expected)
    {
        Assert.Equal(Jakarta(expected), Office(holidays: IndonesianHolidays()).NextOpening(Jakarta(instant)));
    }

    [Fact]
    public void A_case_across_Idul_Fitri_waits_out_cuti_bersama()
    {
        // 18-24 March 2026: cuti bersama Nyepi, Nyepi, cuti bersama, Idul Fitri (weekend), cuti bersama x2.
        var calendar = Office(holidays: IndonesianHolidays());
        var complaint = Jakarta("2026-03-17 16:30");

        Assert.Equal(Jakarta("2026-03-25 08:30"), calendar.Add(complaint, TimeSpan.FromHours(1)));
        Assert.Equal(TimeSpan.FromHours(1), calendar.BusinessTimeBetween(complaint, Jakarta("2026-03-25 08:30")));
    }

    [Fact]
    public void A_half_day_holiday_opens_only_its_hours()
    {
        var eve = new Holiday(new DateOnly(2026, 12, 31), "Malam tahun baru", [OpeningInterval.FromHours(8, 12)]);
        var calendar = Office(holidays: [eve]);

        Assert.True(calendar.IsOpen(Jakarta("2026-12-31 11:00")));
        Assert.False(calendar.IsOpen(Jakarta("2026-12-31 13:00")));
        Assert.Equal(Jakarta("2027-01-01 09:00"), calendar.Add(Jakarta("2026-12-31 11:00"), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void The_same_instant_is_open_in_one_zone_and_closed_in_another()
    {
        var instant = new DateTimeOffset(2026, 12, 7, 0, 30, 0, TimeSpan.Zero); // 07:30 WIB, 08:30 WITA, 09:30 WIT

        Assert.False(Office(Wib).IsOpen(instant));
        Assert.True(Office(Wita).IsOpen(instant));
        Assert.True(Office(Wit).IsOpen(instant));
        Assert.Equal(Local(Wita, 2026, 12, 7, 9, 30), Office(Wita).Add(instant, TimeSpan.FromHours(1)));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero), Office(Wib).NextOpening(instant));
    }

    [Theory]
    [InlineData(3, 29, 23)] // clocks go forward: Sunday has 23 hours
    [InlineData(10, 25, 25)] // clocks go back: Sunday has 25 hours
    [InlineData(3, 22, 24)]
    public void A_whole_day_on_a_DST_switch_is_as_long_as_the_day_really_is(int month, int day, int hours)
    {
        var sundays = BusinessCalendar.Weekly(Amsterdam, [DayOfWeek.Sunday], [new OpeningInterval(TimeSpan.Zero, TimeSpan.FromDays(1))]);
        var start = Local(Amsterdam, 2026, month, day, 0);
        var end = Local(Amsterdam, 2026, month, day + 1, 0);

        Assert.Equal(TimeSpan.FromHours(hours), sundays.BusinessTimeBetween(start.AddDays(-1), end.AddDays(1)));
        Assert.Equal(end, sundays.Add(start, TimeSpan.FromHours(hours)));
    }

    [Fact]
    public void Hours_across_the_DST_switch_count_real_time()
    {
        // 29 March 2026, 02:00 CET becomes 03:00 CEST; 25 October 2026, 03:00 CEST becomes 02:00 CET.
        var night = BusinessCalendar.Weekly(Amsterdam, [DayOfWeek.Sunday], [OpeningInterval.FromHours(1, 4)]);
        var spring = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero); // 01:00 CET
        var autumn = new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero); // 01:00 CEST

        Assert.Equal(TimeSpan.FromHours(2), night.BusinessTimeBetween(spring, spring.AddHours(5)));
        Assert.Equal(TimeSpan.FromHours(4), night.BusinessTimeBetween(autumn, autumn.AddHours(6)));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), night.Add(spring.AddMinutes(30), TimeSpan.FromHours(1)));

        // An interval that starts in the skipped hour starts when the clock resumes, 03:00 CEST.
        var skipped = BusinessCalendar.Weekly(Amsterdam, [DayOfWeek.Sunday], [new OpeningInterval(new TimeSpan(2, 30, 0), TimeSpan.FromHours(5))]);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), skipped.NextOpening(spring));
        Assert.Equal(TimeSpan.FromHours(2), skipped.BusinessTimeBetween(spring, spring.AddHours(6)));

        // An office day is eight real hours on both switch Mondays... and Sundays, when open.
        var everyDay = BusinessCalendar.Weekly(Amsterdam, Enum.GetValues<DayOfWeek>(), [OpeningInterval.FromHours(9, 17)]);
        Assert.Equal(Local(Amsterdam, 2026, 3, 29, 17), everyDay.Add(Local(Amsterdam, 2026, 3, 28, 17), TimeSpan.FromHours(8)));
        Assert.Equal(Local(Amsterdam, 2026, 10, 25, 17), everyDay.Add(Local(Amsterdam, 2026, 10, 24, 17), TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Always_open_is_plain_calendar_time()
    {
        var calendar = BusinessCalendar.AlwaysOpen(Wib);
        var start = Jakarta("2026-12-05 23:00");

        Assert.True(calendar.IsOpen(start));
        Assert.Equal(start.AddHours(30), calendar.Add(start, TimeSpan.FromHours(30)));
        Assert.Equal(TimeSpan.FromDays(3), calendar.BusinessTimeBetween(start, start.AddDays(3)));
    }

    [Fact]
    public void A_calendar_that_is_never_open_fails_clearly_and_fast()
    {
        var never = new BusinessCalendar(Wib, new Dictionary<DayOfWeek, IReadOnlyList<OpeningInterval>>());
        var start = Jakarta("2026-12-07 09:00");
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<CalendarNeverOpenException>(() => never.Add(start, TimeSpan.FromMinutes(1)));
        Assert.Throws<CalendarNeverOpenException>(() => never.NextOpening(start));
        Assert.False(never.IsOpen(start));
        Assert.Equal(TimeSpan.Zero, never.BusinessTimeBetween(start, start.AddDays(400)));

        Assert.Contains("no open hours", error.Message, StringComparison.Ordinal);
        Assert.Contains("Asia/Jakarta", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Far_targets_are_fast()
    {
        var calendar = Office(holidays: IndonesianHolidays());
        var start = Jakarta("2026-01-02 10:00");
        var clock = Stopwatch.StartNew();

        var due = calendar.Add(start, TimeSpan.FromHours(15_000)); // about six and a half years of office hours
        var back = calendar.BusinessTimeBetween(start, due);

        Assert.Equal(TimeSpan.FromHours(15_000), back);
        Assert.InRange(due.Year, 2032, 2033);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Overlapping_hours_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            BusinessCalendar.Weekly(Wib, Weekdays, [OpeningInterval.FromHours(8, 12), OpeningInterval.FromHours(11, 17)]));

        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => OpeningInterval.FromHours(17, 8));
    }

    [Fact]
    public void An_absurd_target_is_refused_instead_of_walking_forever()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Office().Add(Jakarta("2026-12-07 09:00"), TimeSpan.FromDays(365 * 200)));

        Assert.Contains("100 years", error.Message, StringComparison.Ordinal);
    }
}
