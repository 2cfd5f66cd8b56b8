using System.Globalization;

namespace Pantau.Core.Care;

/// <summary>
/// Reads the admin-editable holiday format: one holiday per line, <c>YYYY-MM-DD&lt;TAB&gt;name</c>, optionally
/// <c>&lt;TAB&gt;HH:MM-HH:MM</c> for a half day open only those hours. Blank lines and <c>#</c> comments (whole line
/// or after the fields) are ignored.
/// </summary>
public static class HolidayList
{
    public static IReadOnlyList<Holiday> Parse(string text)
    {
        var holidays = new List<Holiday>();
        var seen = new Dictionary<DateOnly, int>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var number = index + 1;
            var line = lines[index].TrimEnd('\r');
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            // A comment after the name leaves an empty third field; that is not a half day.
            var fields = line.TrimEnd(' ').Split('\t');
            if (fields.Length == 3 && fields[2].Trim().Length == 0)
            {
                fields = fields[..2];
            }

            if (fields.Length is < 2 or > 3)
            {
                throw new HolidayListFormatException(number, $"expected 'YYYY-MM-DD<TAB>name' with an optional '<TAB>HH:MM-HH:MM', found {fields.Length} tab-separated field(s).");
            }

            if (!DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new HolidayListFormatException(number, $"'{fields[0].Trim()}' is not a date YYYY-MM-DD.");
            }

            var name = fields[1].Trim();
            if (name.Length == 0)
            {
                throw new HolidayListFormatException(number, $"the holiday on {fields[0].Trim()} has no name.");
            }

            OpeningInterval[]? hours = null;
            if (fields.Length == 3)
            {
                try
                {
                    hours = [OpeningInterval.Parse(fields[2])];
                }
                catch (Exception error) when (error is FormatException or ArgumentOutOfRangeException)
                {
                    throw new HolidayListFormatException(number, $"half-day hours: {error.Message}");
                }
            }

            if (!seen.TryAdd(date, number))
            {
                throw new HolidayListFormatException(number, $"{fields[0].Trim()} is already listed on line {seen[date]}.");
            }

            holidays.Add(new Holiday(date, name, hours));
        }

        return holidays;
    }
}
