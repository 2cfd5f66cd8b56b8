namespace Pantau.Core.Alerts;

/// <summary>
/// A nightly (or weekly) quiet period in local time: from <see cref="Start"/> to <see cref="End"/> in <see cref="Zone"/>,
/// crossing midnight when End ≤ Start (Start = End is the whole day). <see cref="Days"/>, when given, are the days a quiet
/// period starts on (22:00–07:00 on Friday runs into Saturday morning). Wall-clock: on a DST night a 22:00–07:00 period is
/// an hour shorter or longer. Critical alerts pass through unless <see cref="HoldsCritical"/>.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, TimeZoneInfo Zone)
{
    public IReadOnlySet<DayOfWeek>? Days { get; init; }

    public bool HoldsCritical { get; init; }

    public bool IsQuiet(DateTimeOffset at) => PeriodEnd(TimeZoneInfo.ConvertTime(at, Zone).DateTime) is not null;

    /// <summary>Whether an alert of this severity waits at <paramref name="at"/>.</summary>
    public bool Holds(AlertSeverity severity, DateTimeOffset at) =>
        (severity != AlertSeverity.Critical || HoldsCritical) && IsQuiet(at);

    /// <summary>The first instant from <paramref name="at"/> on that is not quiet (at itself when it is not).</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset at)
    {
        // Back-to-back periods (whole days on a weekend) chain; eight steps cover a week of them.
        for (var step = 0; step < 8; step++)
        {
            if (PeriodEnd(TimeZoneInfo.ConvertTime(at, Zone).DateTime) is not { } end)
            {
                return at;
            }

            var next = LocalClock.ToInstant(end, Zone);
            at = next > at ? next : at.AddMinutes(1);
        }

        return at;
    }

    /// <summary>The local end of the quiet period containing the local time, or null when it is not quiet.</summary>
    private DateTime? PeriodEnd(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        var today = local.Date;
        if (Start < End)
        {
            return time >= Start && time < End && StartsOn(today) ? today + End.ToTimeSpan() : null;
        }

        if (time >= Start && StartsOn(today))
        {
            return today.AddDays(1) + End.ToTimeSpan();
        }

        return time < End && StartsOn(today.AddDays(-1)) ? today + End.ToTimeSpan() : null;
    }

    private bool StartsOn(DateTime date) => Days is not { Count: > 0 } days || days.Contains(date.DayOfWeek);
}
