using System.Globalization;
using System.Text;
using System.Text.Json;
using Pantau.Connectors.Demo;

namespace Pantau.Connectors.Tests.Demo;

/// <summary>Small corpora with a known rhythm, written as JSON lines and read back through <see cref="DemoCorpus.Parse"/>.</summary>
internal static class TestCorpus
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DemoPost Post(int index, double offsetSeconds, string? inReplyTo = null, string? url = null) => new(
        Id: string.Create(CultureInfo.InvariantCulture, $"p{index}"),
        OffsetSeconds: offsetSeconds,
        Network: "x",
        Author: new DemoAuthor(string.Create(CultureInfo.InvariantCulture, $"user{index % 7}"), "User", 100 + index, Verified: false),
        Title: null,
        Text: string.Create(CultureInfo.InvariantCulture, $"post nomor {index} tentang telkomsel"),
        Lang: "id",
        Url: url,
        InReplyTo: inReplyTo,
        RepostOf: null,
        QuoteOf: null,
        Likes: index % 5,
        Shares: 0,
        Replies: 0,
        Country: "ID",
        Intent: null,
        IsSpam: false,
        Crisis: false);

    public static string ToJsonLines(IEnumerable<DemoPost> posts)
    {
        var builder = new StringBuilder();
        foreach (var post in posts)
        {
            builder.Append(JsonSerializer.Serialize(post, Json)).Append('\n');
        }

        return builder.ToString();
    }

    public static DemoCorpus Of(IEnumerable<DemoPost> posts)
    {
        using var reader = new StringReader(ToJsonLines(posts));
        return DemoCorpus.Parse(reader);
    }

    /// <summary><paramref name="count"/> posts one second apart.</summary>
    public static DemoCorpus Evenly(int count) => Of(Enumerable.Range(0, count).Select(i => Post(i, i)));

    public static DemoCorpus WithOffsets(params double[] offsets) => Of(offsets.Select((offset, i) => Post(i, offset)));
}
