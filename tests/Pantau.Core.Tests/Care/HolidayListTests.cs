using Pantau.Core.Care;

namespace Pantau.Core.Tests.Care;

public sealed class HolidayListTests
{
    [Fact]
    public void Reads_holidays_half_days_and_comments()
    {
        var holidays = HolidayList.Parse(
            "# libur kantor\n\n2026-12-25\tNatal\n2026-12-31\tMalam tahun baru\t08:00-12:00  # setengah hari\r\n2027-01-01\tTahun Baru\n");

        Assert.Equal(3, holidays.Count);
        Assert.Equal(new DateOnly(2026, 12, 25), holidays[0].Date);
        Assert.Equal("Natal", holidays[0].Name);
        Assert.False(holidays[0].IsHalfDay);
        Assert.Equal([OpeningInterval.FromHours(8, 12)], holidays[1].Hours);
        Assert.Equal("Tahun Baru", holidays[2].Name);
    }

    [Theory]
    [InlineData("2026-12-25\tNatal\n2026-13-01\tX", 2, "not a date")]
    [InlineData("2026-12-25", 1, "tab-separated")]
    [InlineData("# ok\n2026-12-25\t  ", 2, "no name")]
    [InlineData("2026-12-24\tCuti\t25:00-26:00", 1, "half-day hours")]
    [InlineData("2026-12-24\tCuti\t12:00-08:00", 1, "half-day hours")]
    [InlineData("2026-12-24\tCuti\t08:00", 1, "half-day hours")]
    [InlineData("2026-12-25\tNatal\n\n2026-12-25\tNatal lagi", 3, "already listed on line 1")]
    [InlineData("2026-12-25\tNatal\t08:00-12:00\textra", 1, "4 tab-separated")]
    [InlineData("25-12-2026\tNatal", 1, "not a date")]
    public void A_bad_line_is_named(string text, int line, string message)
    {
        var error = Assert.Throws<HolidayListFormatException>(() => HolidayList.Parse(text));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"Line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_Indonesian_file_reads_and_covers_2026_and_2027()
    {
        var holidays = Calendars.IndonesianHolidays();
        var in2026 = holidays.Where(holiday => holiday.Date.Year == 2026).ToList();

        // SKB 2026: 17 libur nasional and 8 cuti bersama.
        Assert.Equal(25, in2026.Count);
        Assert.Equal(8, in2026.Count(holiday => holiday.Name.StartsWith("Cuti bersama", StringComparison.Ordinal)));
        Assert.Contains(holidays, holiday => holiday.Date == new DateOnly(2026, 3, 21) && holiday.Name.Contains("Idul Fitri", StringComparison.Ordinal));
        Assert.Contains(holidays, holiday => holiday.Date == new DateOnly(2027, 8, 17));
        Assert.Contains("check", File.ReadAllText(Calendars.HolidayFile()), StringComparison.OrdinalIgnoreCase);
    }
}
