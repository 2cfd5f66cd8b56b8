using Pantau.Core.Alerts;

namespace Pantau.Core.Tests.Alerts;

public sealed class DeliveryTimingTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static DateTimeOffset Local(TimeZoneInfo zone, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [Theory]
    [InlineData(21, 59, false)]
    [InlineData(22, 0, true)]
    [InlineData(23, 30, true)]
    [InlineData(3, 0, true)]
    [InlineData(6, 59, true)]
    [InlineData(7, 0, false)]
    [InlineData(12, 0, false)]
    public void Quiet_hours_cross_midnight(int hour, int minute, bool quiet)
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Wib);
        Assert.Equal(quiet, hours.IsQuiet(Local(Wib, 3, 4, hour, minute)));
    }

    [Fact]
    public void Next_allowed_is_the_local_end_and_critical_passes_through()
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Wib);
        Assert.Equal(Local(Wib, 3, 5, 7), hours.NextAllowed(Local(Wib, 3, 4, 23, 15)));
        Assert.Equal(Local(Wib, 3, 4, 12), hours.NextAllowed(Local(Wib, 3, 4, 12)));
        Assert.True(hours.Holds(AlertSeverity.High, Local(Wib, 3, 4, 23)));
        Assert.False(hours.Holds(AlertSeverity.Critical, Local(Wib, 3, 4, 23)));
        Assert.True((hours with { HoldsCritical = true }).Holds(AlertSeverity.Critical, Local(Wib, 3, 4, 23)));
    }

    [Fact]
    public void Quiet_days_name_the_night_they_start_and_whole_days_chain()
    {
        // Friday night only: Saturday 06:00 is still Friday's night, Saturday 23:00 is not quiet.
        var friday = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Wib) { Days = new HashSet<DayOfWeek> { DayOfWeek.Friday } };
        Assert.True(friday.IsQuiet(Local(Wib, 3, 7, 6)));
        Assert.False(friday.IsQuiet(Local(Wib, 3, 7, 23)));
        Assert.False(friday.IsQuiet(Local(Wib, 3, 5, 23)));

        var weekend = new QuietHours(TimeOnly.MinValue, TimeOnly.MinValue, Wib) { Days = new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday } };
        Assert.Equal(Local(Wib, 3, 9, 0), weekend.NextAllowed(Local(Wib, 3, 7, 10)));
    }

    [Fact]
    public void Quiet_hours_keep_wall_clock_time_across_dst()
    {
        // Night of 28-29 March 2026 in Amsterdam loses an hour: 22:00 CET to 07:00 CEST is 8 hours.
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), Amsterdam);
        var evening = Local(Amsterdam, 3, 28, 22, 30);
        var end = hours.NextAllowed(evening);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.FromHours(2)), end);
        Assert.True(hours.IsQuiet(end.AddMinutes(-1)));
        Assert.False(hours.IsQuiet(end));

        // A quiet period ending inside the skipped hour ends when the clock jumps past it.
        var odd = new QuietHours(new TimeOnly(1, 0), new TimeOnly(2, 30), Amsterdam);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), odd.NextAllowed(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Escalation_steps_fall_due_in_order_until_acknowledged()
    {
        var policy = new EscalationPolicy([new EscalationStep(TimeSpan.FromMinutes(30), "supervisor"), new EscalationStep(TimeSpan.Zero, "on-call"), new EscalationStep(TimeSpan.FromHours(2), "pr-head")]);
        var fired = Local(Wib, 3, 4, 10);
        Assert.Equal(["on-call", "supervisor", "pr-head"], policy.Steps.Select(step => step.Recipient));
        Assert.Equal([0], policy.DueSteps(fired, null, fired, new HashSet<int>()));
        Assert.Equal([1], policy.DueSteps(fired, null, fired.AddMinutes(45), new HashSet<int> { 0 }));
        Assert.Equal([0, 1, 2], policy.DueSteps(fired, null, fired.AddHours(3), new HashSet<int>()));
        Assert.Empty(policy.DueSteps(fired, fired.AddMinutes(20), fired.AddHours(3), new HashSet<int> { 0 }));
        Assert.Equal([1], policy.DueSteps(fired, fired.AddHours(5), fired.AddHours(1), new HashSet<int> { 0 }));
    }
}
