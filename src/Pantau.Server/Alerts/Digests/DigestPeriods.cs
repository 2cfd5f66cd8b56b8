using Pantau.Server.Alerts.Delivery;

namespace Pantau.Server.Alerts.Digests;

/// <summary>
/// Which period a digest covers and when it is due, in the workspace's zone: the daily one covers the previous local day and
/// is due from 08:00; the weekly one covers the previous Monday–Sunday and is due from Monday 08:00. A digest not sent at
/// 08:00 (the server was down) still goes out later that day, not on a later one.
/// </summary>
public static class DigestPeriods
{
    public static readonly TimeOnly SendAt = new(8, 0);

    /// <summary>The period whose digest is due today at <paramref name="now"/> (from 08:00 to midnight, local), or null.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End)? Due(DigestPeriodKind kind, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        if (TimeOnly.FromDateTime(local) < SendAt || (kind == DigestPeriodKind.Weekly && local.DayOfWeek != DayOfWeek.Monday))
        {
            return null;
        }

        return Latest(kind, now, zone);
    }

    /// <summary>The period the latest digest due at <paramref name="now"/> covers, as instants [start, end).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Latest(DigestPeriodKind kind, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var today = local.Date;
        if (TimeOnly.FromDateTime(local) < SendAt)
        {
            today = today.AddDays(-1); // today's is not due yet: the latest due one was yesterday's
        }

        if (kind == DigestPeriodKind.Daily)
        {
            return (Instant(today.AddDays(-1), zone), Instant(today, zone));
        }

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (Instant(monday.AddDays(-7), zone), Instant(monday, zone));
    }

    private static DateTimeOffset Instant(DateTime localMidnight, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(localMidnight, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
