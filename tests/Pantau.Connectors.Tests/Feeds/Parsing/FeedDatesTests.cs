using System.Globalization;
using Pantau.Connectors.Feeds.Parsing;
using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class FeedDatesTests
{
    [Theory]
    // RFC 822 / 1123
    [InlineData("Fri, 05 Jan 2024 10:00:00 GMT", "2024-01-05T10:00:00")]
    [InlineData("Fri, 05 Jan 2024 10:00:00 +0000", "2024-01-05T10:00:00")]
    [InlineData("Fri, 5 Jan 2024 10:00 +0700", "2024-01-05T03:00:00")]
    [InlineData("5 Jan 24 10:00:00 EST", "2024-01-05T15:00:00")]
    [InlineData("Sun, 07 Jul 2024 08:00:00 PDT", "2024-07-07T15:00:00")]
    [InlineData("Sun, 07 Jul 2024 08:00:00 UTC", "2024-07-07T08:00:00")]
    [InlineData("Mon, 01 Jan 2024 00:00:00 -05:00", "2024-01-01T05:00:00")]
    [InlineData("Thu, 29 Feb 2024 12:00:00 GMT+7", "2024-02-29T05:00:00")]
    [InlineData("Fri, 05 Jan 2024 10:00:00 +0000 (Coordinated Universal Time)", "2024-01-05T10:00:00")]
    [InlineData("January 5, 2024 3:04 PM", "2024-01-05T15:04:00")]
    [InlineData("December 31, 2023 12:30 am", "2023-12-31T00:30:00")]
    // RFC 3339 / ISO 8601
    [InlineData("2024-01-05T10:00:00Z", "2024-01-05T10:00:00")]
    [InlineData("2024-01-05T10:00:00.1234567+07:00", "2024-01-05T03:00:00.1234567")]
    [InlineData("2024-01-05T10:00Z", "2024-01-05T10:00:00")]
    [InlineData("2024-01-05 10:00:00", "2024-01-05T10:00:00")]
    [InlineData("2024-01-05T10:00:00+0530", "2024-01-05T04:30:00")]
    [InlineData("2024-01-05", "2024-01-05T00:00:00")]
    [InlineData("2024/01/05 10:00", "2024-01-05T10:00:00")]
    [InlineData("2016-12-31T23:59:60Z", "2016-12-31T23:59:59")]
    // Indonesian
    [InlineData("Senin, 15 Januari 2024 08:30:00 WIB", "2024-01-15T01:30:00")]
    [InlineData("Selasa, 13 Februari 2024 09:00 WITA", "2024-02-13T01:00:00")]
    [InlineData("Rabu, 20 Maret 2024 10:00 WIT", "2024-03-20T01:00:00")]
    [InlineData("Kamis, 18 April 2024 07:00 WIB", "2024-04-18T00:00:00")]
    [InlineData("Jumat, 10 Mei 2024 13:00 WIB", "2024-05-10T06:00:00")]
    [InlineData("Jum'at, 14 Juni 2024 13:00 WIB", "2024-06-14T06:00:00")]
    [InlineData("Sabtu, 20 Juli 2024 20:15 WIB", "2024-07-20T13:15:00")]
    [InlineData("Minggu, 17 Agustus 2024 10.00 WIB", "2024-08-17T03:00:00")]
    [InlineData("Sen, 3 Agu 2024 14:00 WITA", "2024-08-03T06:00:00")]
    [InlineData("1 Okt 2024 | 09:00 WIB", "2024-10-01T02:00:00")]
    [InlineData("Kamis, 21 November 2024 pukul 19.30 WIB", "2024-11-21T12:30:00")]
    [InlineData("25 Des 2024", "2024-12-25T00:00:00")]
    [InlineData("September 2024 5", "2024-09-05T00:00:00")]
    [InlineData("05/01/2024 10:00 WIB", "2024-01-05T03:00:00")]
    public void Reads_feed_dates_in_utc(string text, string expectedUtc)
    {
        Assert.True(FeedDates.TryParse(text, out var value), text);

        Assert.Equal(DateTime.Parse(expectedUtc, CultureInfo.InvariantCulture), value.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kemarin")]
    [InlineData("2 jam yang lalu")]
    [InlineData("31 Februari 2024")]
    [InlineData("Fri, 05 Foo 2024 10:00:00 GMT")]
    [InlineData("2024-13-01")]
    [InlineData("25:00 1 Jan 2024")]
    [InlineData("12345678901234567890")]
    public void Refuses_what_is_not_a_date(string text)
    {
        Assert.False(FeedDates.TryParse(text, out _));
    }

    [Fact]
    public void Indonesian_corpus_dates_are_read()
    {
        var items = Parse("dates-indonesian.xml").Items;

        Assert.Equal(Utc(2024, 1, 15, 1, 30), items[0].Published);
        Assert.Equal(Utc(2024, 8, 17, 2), items[1].Published);
        Assert.Equal(Utc(2024, 12, 28, 14, 59), items[2].Published);
        Assert.Equal(Utc(2024, 5, 1, 0), items[3].Published);
        Assert.Equal(Utc(2024, 10, 3, 14, 5), items[5].Published);
    }
}
