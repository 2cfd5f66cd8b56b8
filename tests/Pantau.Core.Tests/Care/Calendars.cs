using Pantau.Core.Care;

namespace Pantau.Core.Tests.Care;

/// <summary>Calendars and local instants the Care tests share.</summary>
internal static class Calendars
{
    public static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    public static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");
    public static readonly TimeZoneInfo Wit = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jayapura");
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Mon-Fri 08:00-17:00 in <paramref name="zone"/> (WIB by default).</summary>
    public static BusinessCalendar Office(TimeZoneInfo? zone = null, IEnumerable<Holiday>? holidays = null) =>
        BusinessCalendar.Weekly(zone ?? Wib, Weekdays, [OpeningInterval.FromHours(8, 17)], holidays);

    /// <summary>The shipped Indonesian holidays file.</summary>
    public static IReadOnlyList<Holiday> IndonesianHolidays() => HolidayList.Parse(File.ReadAllText(HolidayFile()));

    public static string HolidayFile()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "data", "care", "holidays-id.tsv")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("No data/care/holidays-id.tsv above the test binaries.");
        }

        return Path.Combine(folder.FullName, "data", "care", "holidays-id.tsv");
    }

    /// <summary>A wall-clock time in a zone, as an instant.</summary>
    public static DateTimeOffset Local(TimeZoneInfo zone, int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>"2026-12-04 16:55" in WIB.</summary>
    public static DateTimeOffset Jakarta(string text) =>
        Local(Wib, int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(text[5..7], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(text[8..10], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(text[11..13], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(text[14..16], System.Globalization.CultureInfo.InvariantCulture));
}
