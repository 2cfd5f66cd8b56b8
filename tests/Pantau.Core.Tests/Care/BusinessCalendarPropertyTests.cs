using Pantau.Core.Care;
using static Pantau.Core.Tests.Care.Calendars;

namespace Pantau.Core.Tests.Care;

public sealed class BusinessCalendarPropertyTests
{
    public static TheoryData<string> CalendarNames => ["office+holidays", "split", "amsterdam", "always", "sundays"];

    private static BusinessCalendar Named(string name) => name switch
    {
        "office+holidays" => Office(holidays: IndonesianHolidays()),
        "split" => BusinessCalendar.Weekly(Wita, Weekdays, [OpeningInterval.FromHours(8, 12), OpeningInterval.FromHours(13, 24)]),
        "amsterdam" => BusinessCalendar.Weekly(Amsterdam, Enum.GetValues<DayOfWeek>(), [OpeningInterval.FromHours(1, 4), OpeningInterval.FromHours(9, 17)]),
        "always" => BusinessCalendar.AlwaysOpen(Amsterdam),
        _ => BusinessCalendar.Weekly(Amsterdam, [DayOfWeek.Sunday], [new OpeningInterval(TimeSpan.Zero, TimeSpan.FromDays(1))]),
    };

    [Theory]
    [MemberData(nameof(CalendarNames))]
    public void Adding_in_two_steps_equals_adding_once_and_between_undoes_add(string name)
    {
        var calendar = Named(name);
        var random = new Random(20261203);
        var origin = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 400; i++)
        {
            var start = origin.AddSeconds(random.Next(0, 2 * 365 * 24 * 3600));
            var a = TimeSpan.FromSeconds(random.Next(0, 60 * 3600));
            var b = TimeSpan.FromSeconds(random.Next(0, 60 * 3600));

            var once = calendar.Add(start, a + b);
            Assert.Equal(once, calendar.Add(calendar.Add(start, a), b));
            Assert.Equal(a, calendar.BusinessTimeBetween(start, calendar.Add(start, a)));
            Assert.Equal(calendar.BusinessTimeBetween(start, once), calendar.BusinessTimeBetween(start, calendar.Add(start, a)) + b);
            Assert.True(once >= start);
        }
    }

    [Theory]
    [MemberData(nameof(CalendarNames))]
    public void Between_is_additive_and_the_next_opening_is_open(string name)
    {
        var calendar = Named(name);
        var random = new Random(7);
        var origin = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 300; i++)
        {
            var times = new[] { random.Next(0, 700 * 24 * 60), random.Next(0, 700 * 24 * 60), random.Next(0, 700 * 24 * 60) }
                .Order().Select(minutes => origin.AddMinutes(minutes)).ToArray();

            Assert.Equal(
                calendar.BusinessTimeBetween(times[0], times[2]),
                calendar.BusinessTimeBetween(times[0], times[1]) + calendar.BusinessTimeBetween(times[1], times[2]));
            Assert.True(calendar.IsOpen(calendar.NextOpening(times[0])));
            Assert.Equal(calendar.NextOpening(times[0]) == times[0], calendar.IsOpen(times[0]));
        }
    }

    [Theory]
    [InlineData(2026, 3, 28)] // the night clocks go forward
    [InlineData(2026, 10, 24)] // the night clocks go back
    public void The_properties_hold_minute_by_minute_across_a_DST_night(int year, int month, int day)
    {
        var calendars = new[]
        {
            BusinessCalendar.Weekly(Amsterdam, Enum.GetValues<DayOfWeek>(), [OpeningInterval.FromHours(1, 4), OpeningInterval.FromHours(9, 17)]),
            BusinessCalendar.Weekly(Amsterdam, Enum.GetValues<DayOfWeek>(), [new OpeningInterval(TimeSpan.Zero, new TimeSpan(2, 30, 0)), new OpeningInterval(new TimeSpan(2, 30, 0), TimeSpan.FromDays(1))], [new Holiday(new DateOnly(2030, 1, 1), "forces the slow path")]),
        };
        var night = new DateTimeOffset(year, month, day, 20, 0, 0, TimeSpan.Zero);
        foreach (var calendar in calendars)
        {
            for (var start = night; start < night.AddHours(10); start = start.AddMinutes(7))
            {
                for (var minutes = 0; minutes < 6 * 60; minutes += 13)
                {
                    var a = TimeSpan.FromMinutes(minutes);
                    var b = TimeSpan.FromMinutes(minutes / 2 + 1);
                    Assert.Equal(calendar.Add(start, a + b), calendar.Add(calendar.Add(start, a), b));
                    Assert.Equal(a, calendar.BusinessTimeBetween(start, calendar.Add(start, a)));
                }
            }
        }

        // Open all day on both sides of the fold: the night is exactly as long as it really is.
        Assert.Equal(TimeSpan.FromHours(30), calendars[1].BusinessTimeBetween(night, night.AddHours(30)));
    }
}
