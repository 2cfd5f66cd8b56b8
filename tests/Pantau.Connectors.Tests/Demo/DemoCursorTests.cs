using Pantau.Connectors.Demo;

namespace Pantau.Connectors.Tests.Demo;

public sealed class DemoCursorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_cursor_is_the_start(string? cursor)
    {
        Assert.Equal(new DemoCursor(0, 0), DemoCursor.Parse(cursor));
    }

    [Theory]
    [InlineData("0:0", 0, 0)]
    [InlineData("0:1234", 0, 1234)]
    [InlineData("7:42", 7, 42)]
    public void Parse_reads_pass_and_index(string text, int pass, int next)
    {
        Assert.Equal(new DemoCursor(pass, next), DemoCursor.Parse(text));
    }

    [Theory]
    [InlineData(0, 0, "0:0")]
    [InlineData(3, 999, "3:999")]
    [InlineData(12, 100000, "12:100000")]
    public void ToString_formats_pass_colon_index_and_round_trips(int pass, int next, string expected)
    {
        var cursor = new DemoCursor(pass, next);

        Assert.Equal(expected, cursor.ToString());
        Assert.Equal(cursor, DemoCursor.Parse(cursor.ToString()));
    }

    [Fact]
    public void ToString_ignores_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal("1:2000", new DemoCursor(1, 2000).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12")]
    [InlineData("1:2:3")]
    [InlineData("1:")]
    [InlineData(":1")]
    [InlineData("-1:2")]
    [InlineData("1:-2")]
    [InlineData(" 1:2")]
    [InlineData("1:2 ")]
    [InlineData("1.5:2")]
    [InlineData("1:x")]
    [InlineData("99999999999:1")]
    public void Parse_rejects_anything_else_and_quotes_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => DemoCursor.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }
}
