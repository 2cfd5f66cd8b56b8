namespace Pantau.Core.Alerts;

/// <summary>Wall-clock times in a zone turned into instants, across DST switches.</summary>
internal static class LocalClock
{
    /// <summary>
    /// The instant a local time names. A time skipped by a DST switch moves forward to the first valid minute (02:30 on a
    /// spring-forward night is 03:00); a time that occurs twice is its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (!zone.SupportsDaylightSavingTime)
        {
            // Most Indonesian workspaces: no switch to step over, and the zone's rules need not be consulted per call.
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The local start of the hour containing the instant.</summary>
    public static DateTime HourStart(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
    }
}
