using Pantau.Core.Care;
using static Pantau.Core.Tests.Care.Calendars;

namespace Pantau.Core.Tests.Care;

public sealed class SlaClockTests
{
    private static readonly SlaTarget OneHour = new(TimeSpan.FromHours(1));

    [Fact]
    public void The_Friday_complaint_reports_elapsed_remaining_and_warning()
    {
        var policy = new SlaPolicy(Office(), FirstResponse: OneHour);
        var clock = new SlaClock(policy, "case-7", Timelines.Parse("2026-12-04 16:55 customer"));

        var friday = clock.At(Jakarta("2026-12-04 20:00")).Latest(SlaMetric.FirstResponse)!;
        Assert.Equal(SlaState.Running, friday.State);
        Assert.Equal(TimeSpan.FromMinutes(5), friday.Elapsed);
        Assert.Equal(TimeSpan.FromMinutes(55), friday.Remaining);
        Assert.Equal(Jakarta("2026-12-07 08:55"), friday.DueAt);
        Assert.Equal(Jakarta("2026-12-07 08:43"), friday.WarnAt); // 80 % of an hour = 48 min
        Assert.Null(friday.BreachedAt);

        var late = clock.At(Jakarta("2026-12-07 09:25")).Latest(SlaMetric.FirstResponse)!;
        Assert.Equal(SlaState.Breached, late.State);
        Assert.Equal(TimeSpan.FromMinutes(-30), late.Remaining);
        Assert.Equal(Jakarta("2026-12-07 08:55"), late.BreachedAt);
    }

    [Fact]
    public void A_warning_can_be_a_lead_before_the_due_instant()
    {
        var policy = new SlaPolicy(Office(), FirstResponse: OneHour, Warning: SlaWarning.BeforeDue(TimeSpan.FromMinutes(15)));
        var clock = new SlaClock(policy, "case-7", Timelines.Parse("2026-12-04 16:55 customer"));

        Assert.Equal(Jakarta("2026-12-07 08:40"), clock.At(Jakarta("2026-12-05 10:00")).Latest(SlaMetric.FirstResponse)!.WarnAt);
        Assert.Equal(SlaState.Running, clock.At(Jakarta("2026-12-07 08:39")).Latest(SlaMetric.FirstResponse)!.State);
        Assert.Equal(SlaState.Warning, clock.At(Jakarta("2026-12-07 08:40")).Latest(SlaMetric.FirstResponse)!.State);
        Assert.Equal(SlaState.Warning, clock.At(Jakarta("2026-12-07 08:55")).Latest(SlaMetric.FirstResponse)!.State); // due, not yet past
        Assert.Equal(SlaState.Breached, clock.At(Jakarta("2026-12-07 08:56")).Latest(SlaMetric.FirstResponse)!.State);
    }

    [Fact]
    public void Pending_over_a_weekend_pauses_a_calendar_time_resolution_clock()
    {
        // Resolution within 24 h around the clock; the agent asks for an order number Thursday and waits.
        var policy = new SlaPolicy(Office(), Resolution: new SlaTarget(TimeSpan.FromHours(24), SlaTimeBasis.CalendarTime));
        var clock = new SlaClock(policy, "case-9", Timelines.Parse(
            "2026-12-03 10:00 customer; 2026-12-03 10:30 public; 2026-12-03 11:00 pending; 2026-12-07 10:00 customer"));

        var saturday = clock.At(Jakarta("2026-12-05 12:00")).Latest(SlaMetric.Resolution)!;
        Assert.Equal(SlaState.Paused, saturday.State);
        Assert.Equal(TimeSpan.FromHours(1), saturday.Elapsed);
        Assert.Null(saturday.DueAt);

        var monday = clock.At(Jakarta("2026-12-07 11:00")).Latest(SlaMetric.Resolution)!;
        Assert.Equal(SlaState.Running, monday.State);
        Assert.Equal(TimeSpan.FromHours(2), monday.Elapsed);
        Assert.Equal(Jakarta("2026-12-08 09:00"), monday.DueAt); // 22 h left from 11:00
    }

    [Fact]
    public void An_agent_can_resume_a_pending_case()
    {
        var policy = new SlaPolicy(Office(), FirstResponse: OneHour);
        var clock = new SlaClock(policy, "case-3", Timelines.Parse(
            "2026-12-07 09:00 customer; 2026-12-07 09:20 pending; 2026-12-08 09:00 open"));

        var cycle = clock.At(Jakarta("2026-12-08 09:10")).Latest(SlaMetric.FirstResponse)!;
        Assert.Equal(TimeSpan.FromMinutes(30), cycle.Elapsed);
        Assert.Equal(Jakarta("2026-12-08 09:40"), cycle.DueAt);
    }

    [Fact]
    public void A_24_7_policy_counts_nights_and_weekends()
    {
        var policy = new SlaPolicy(BusinessCalendar.AlwaysOpen(Wib), FirstResponse: OneHour, Resolution: new SlaTarget(TimeSpan.FromHours(24)));
        var clock = new SlaClock(policy, "case-24", Timelines.Parse("2026-12-05 23:30 customer"));

        var reading = clock.At(Jakarta("2026-12-06 01:00"));
        Assert.Equal(SlaState.Breached, reading.Latest(SlaMetric.FirstResponse)!.State);
        Assert.Equal(Jakarta("2026-12-06 00:30"), reading.Latest(SlaMetric.FirstResponse)!.BreachedAt);
        Assert.Equal(Jakarta("2026-12-06 23:30"), reading.Latest(SlaMetric.Resolution)!.DueAt);
    }

    [Fact]
    public void A_DST_zone_counts_real_business_time()
    {
        // Amsterdam office; clocks go forward on Sunday 29 March 2026.
        var calendar = BusinessCalendar.Weekly(Amsterdam, Weekdays, [OpeningInterval.FromHours(9, 17)]);
        var policy = new SlaPolicy(calendar, FirstResponse: OneHour, Resolution: new SlaTarget(TimeSpan.FromHours(24), SlaTimeBasis.CalendarTime));
        var complaint = Local(Amsterdam, 2026, 3, 27, 16, 30);
        var clock = new SlaClock(policy, "case-nl", [new CaseEvent(complaint, CaseEventKind.CustomerMessage)]);

        var reading = clock.At(Local(Amsterdam, 2026, 3, 28, 12));
        Assert.Equal(Local(Amsterdam, 2026, 3, 30, 9, 30), reading.Latest(SlaMetric.FirstResponse)!.DueAt);
        Assert.Equal(TimeSpan.FromHours(2), reading.Latest(SlaMetric.FirstResponse)!.DueAt!.Value.Offset);
        Assert.Equal(complaint.AddHours(24), reading.Latest(SlaMetric.Resolution)!.DueAt);
    }

    [Fact]
    public void Each_breach_has_one_stable_key_and_instant_in_every_later_reading()
    {
        var policy = new SlaPolicy(Office(), FirstResponse: OneHour, NextResponse: new SlaTarget(TimeSpan.FromHours(2)));
        var events = Timelines.Parse(
            "2026-12-04 16:55 customer; 2026-12-07 10:00 pending; 2026-12-07 11:00 customer; 2026-12-07 11:30 public; 2026-12-07 12:00 customer");
        var clock = new SlaClock(policy, "case-42", events);

        Assert.Empty(clock.At(Jakarta("2026-12-07 08:55")).Breaches);

        var recorded = new Dictionary<string, DateTimeOffset>();
        for (var now = Jakarta("2026-12-07 08:56"); now < Jakarta("2026-12-09 12:00"); now = now.AddMinutes(17))
        {
            foreach (var breach in clock.At(now).Breaches)
            {
                Assert.Equal(breach.At, recorded.TryGetValue(breach.Key, out var at) ? at : recorded[breach.Key] = breach.At);
                Assert.True(breach.At <= now);
            }
        }

        Assert.Equal(
            new Dictionary<string, DateTimeOffset>
            {
                ["case-42/FirstResponse/1"] = Jakarta("2026-12-07 08:55"),
                ["case-42/NextResponse/1"] = Jakarta("2026-12-07 14:00"),
            },
            recorded);

        // A timeline given out of order reads the same.
        Assert.Equal(clock.At(Jakarta("2026-12-08 09:00")).Cycles, new SlaClock(policy, "case-42", events.Reverse()).At(Jakarta("2026-12-08 09:00")).Cycles);
    }

    [Fact]
    public void A_breach_stays_a_breach_when_the_reply_comes_late()
    {
        var policy = new SlaPolicy(Office(), FirstResponse: OneHour);
        var clock = new SlaClock(policy, "case-5", Timelines.Parse("2026-12-07 09:00 customer; 2026-12-07 12:00 public"));

        var cycle = clock.At(Jakarta("2026-12-08 09:00")).Latest(SlaMetric.FirstResponse)!;
        Assert.Equal(SlaState.Breached, cycle.State);
        Assert.Equal(Jakarta("2026-12-07 10:00"), cycle.BreachedAt);
        Assert.Equal(Jakarta("2026-12-07 12:00"), cycle.StoppedAt);
        Assert.Equal(TimeSpan.FromHours(3), cycle.Elapsed);
    }

    [Fact]
    public void Targets_the_policy_does_not_set_are_not_reported()
    {
        var policy = new SlaPolicy(Office(), Resolution: new SlaTarget(TimeSpan.FromHours(8)));
        var reading = new SlaClock(policy, "case-1", Timelines.Parse("2026-12-07 09:00 customer; 2026-12-07 09:30 public; 2026-12-07 10:00 customer")).At(Jakarta("2026-12-07 11:00"));

        Assert.Equal([SlaMetric.Resolution], reading.Cycles.Select(cycle => cycle.Metric));
        Assert.Null(reading.Latest(SlaMetric.FirstResponse));
    }

    [Fact]
    public void A_policy_on_a_calendar_that_is_never_open_fails_clearly()
    {
        var never = new BusinessCalendar(Wib, new Dictionary<DayOfWeek, IReadOnlyList<OpeningInterval>>());
        var clock = new SlaClock(new SlaPolicy(never, FirstResponse: OneHour), "case-0", Timelines.Parse("2026-12-07 09:00 customer"));

        Assert.Throws<CalendarNeverOpenException>(() => clock.At(Jakarta("2026-12-07 10:00")));
    }

    [Fact]
    public void A_far_resolution_target_reads_fast()
    {
        var policy = new SlaPolicy(Office(holidays: IndonesianHolidays()), Resolution: new SlaTarget(TimeSpan.FromHours(3_000)));
        var clock = new SlaClock(policy, "case-far", Timelines.Parse("2026-01-05 09:00 customer"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var cycle = clock.At(Jakarta("2026-06-01 09:00")).Latest(SlaMetric.Resolution)!;

        Assert.Equal(SlaState.Running, cycle.State);
        Assert.Equal(TimeSpan.FromHours(3_000), cycle.Elapsed + cycle.Remaining);
        Assert.Equal(2027, cycle.DueAt!.Value.Year);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Bad_policy_values_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlaTarget(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaWarning.AtFraction(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaWarning.BeforeDue(TimeSpan.FromMinutes(-1)));
        Assert.Equal(TimeSpan.Zero, SlaWarning.BeforeDue(TimeSpan.FromHours(2)).ThresholdFor(TimeSpan.FromHours(1)));
    }
}
