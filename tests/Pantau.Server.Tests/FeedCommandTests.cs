using System.Text;
using System.Text.Json;
using Pantau.Testing.Feeds;

namespace Pantau.Server.Tests;

/// <summary><c>pantau feed parse</c>, run as a user runs it: the real executable, a file or a URL.</summary>
public sealed class FeedCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pantau-feed-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task A_feed_file_prints_as_json_with_plain_text_and_utc_times()
    {
        var path = Write("kabar.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Kabar</title><link>https://kabar.example/</link><language>id</language>
            <item><guid>https://kabar.example/1</guid><title>Gangguan &amp; pemulihan</title><link>https://kabar.example/1</link>
              <dc:creator>Rina</dc:creator><pubDate>Kamis, 03 Des 2026 16:00:00 +0700</pubDate><category>Telko</category>
              <description>Ringkasan &lt;b&gt;pendek&lt;/b&gt;</description>
              <content:encoded><![CDATA[<p>Paragraf satu.</p><p>Paragraf <i>dua</i>.</p><script>x()</script>]]></content:encoded></item>
            </channel></rss>
            """);

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["feed", "parse", path]);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["title", "link", "language", "items"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Kabar", root.GetProperty("title").GetString());
        Assert.Equal("id", root.GetProperty("language").GetString());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(["id", "title", "link", "author", "published", "updated", "summary", "content", "categories"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Gangguan & pemulihan", item.GetProperty("title").GetString());
        Assert.Equal("Rina", item.GetProperty("author").GetString());
        Assert.Equal("2026-12-03T09:00:00Z", item.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("updated").ValueKind);
        Assert.Equal("Ringkasan pendek", item.GetProperty("summary").GetString());
        var content = item.GetProperty("content").GetString()!;
        Assert.Contains("Paragraf satu.", content, StringComparison.Ordinal);
        Assert.Contains("Paragraf dua.", content, StringComparison.Ordinal);
        Assert.DoesNotContain("x()", content, StringComparison.Ordinal);
        Assert.Equal(["Telko"], item.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_file_that_is_not_a_feed_exits_2_naming_the_file_and_line()
    {
        var path = Write("page.html", "<!DOCTYPE html>\n<html><body><p>Not a feed</p></body></html>\n");

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["feed", "parse", path]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:\\d+: ", error);
    }

    [Fact]
    public async Task A_partly_broken_feed_prints_what_it_could_read_and_warns_with_lines()
    {
        var path = Write("cut.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Cut</title>\n<item><title>First</title><link>https://c.example/1</link></item>\n<item><title>Second</title><description>never end");

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["feed", "parse", path]);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("First", json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(path)}:\\d+: ", error);
    }

    [Fact]
    public async Task A_url_is_fetched_and_a_private_address_is_refused_unless_allowed()
    {
        await using var host = await LocalFeedHost.StartAsync(Ct);
        host.MapText("/feed", "application/feed+json", """{"version":"https://jsonfeed.org/version/1.1","title":"JSON","items":[{"id":"1","content_text":"halo"}]}""");
        var url = host.For("/feed").AbsoluteUri;

        var (refused, _, why) = await Server.RunPipedAsync(_folder, ["feed", "parse", url]);
        Assert.Equal(2, refused);
        Assert.Contains("blocked", why, StringComparison.OrdinalIgnoreCase);

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["feed", "parse", url, "--allow-host", host.Authority]);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("halo", json.RootElement.GetProperty("items")[0].GetProperty("content").GetString());
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
