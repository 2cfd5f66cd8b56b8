using System.Globalization;
using Pantau.Server.Components.Shared;
using Pantau.Server.Localization;

namespace Pantau.Server.Tests;

public sealed class DisplayTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(20, "en", "now")]
    [InlineData(12 * 60, "en", "in 12 min")]
    [InlineData((3 * 3600) + (5 * 60), "en", "in 3 h 5 min")]
    [InlineData((3 * 3600) + (5 * 60), "id", "dalam 3 jam 5 mnt")]
    [InlineData(2 * 86400, "id", "dalam 2 hari")]
    [InlineData(-600, "en", "now")]
    public void Planned_times_read_as_how_long_until_them(int seconds, string culture, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, Display.Until(Now.AddSeconds(seconds), Now, new UiText()));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
