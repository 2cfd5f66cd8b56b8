using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>Following a blog from the sources page, and reading one of its posts as published.</summary>
[Collection(nameof(BrowserTests))]
public sealed class FeedTests(PantauFixture pantau)
{
    [Fact]
    public async Task A_supervisor_finds_a_blogs_feeds_follows_one_and_reads_its_post_as_published()
    {
        pantau.SkipIfUnavailable();
        var token = "blog" + Guid.NewGuid().ToString("N")[..8];
        var site = $"/{token}/";
        pantau.Feeds
            .MapText(site, "text/html; charset=utf-8", $"""
                <!DOCTYPE html><html><head><title>Catatan Budi</title>
                <meta name="generator" content="WordPress 6.7">
                <link rel="alternate" type="application/rss+xml" title="Catatan Budi" href="/{token}/feed/">
                <link rel="alternate" type="application/rss+xml" title="Catatan Budi » Komentar" href="/{token}/comments/feed/">
                </head><body><h1>Catatan Budi</h1></body></html>
                """)
            .MapText($"/{token}/feed/", "application/rss+xml; charset=utf-8", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Catatan Budi</title><link>{pantau.Feeds.For(site)}</link><language>id-ID</language>
                <item><guid>{pantau.Feeds.For(site)}?p=1</guid><title>Kapok pakai Nusantel {token}</title><link>{pantau.Feeds.For(site)}kapok</link>
                <dc:creator>Budi Santoso</dc:creator><pubDate>Thu, 03 Dec 2026 02:00:00 GMT</pubDate>
                <content:encoded><![CDATA[<p>Sudah <strong>tiga hari</strong> internet Nusantel mati {token}.</p><p><a href="/{token}/bukti">Bukti</a></p><script>alert('x')</script><img src="x" onerror="alert(1)">]]></content:encoded>
                </item></channel></rss>
                """)
            .MapText($"/{token}/comments/feed/", "application/rss+xml; charset=utf-8", "<rss version=\"2.0\"><channel><title>Komentar</title></channel></rss>");

        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await Browser.SignInToStreamAsync(page);
        await page.GetByTestId("nav-sources").ClickAsync();
        await page.GetByTestId("source-table").WaitForAsync();

        await page.GetByTestId("feed-add").ClickAsync();
        await Browser.Field(page, "feed-url").FillAsync(pantau.Feeds.For(site).AbsoluteUri);
        await page.GetByTestId("feed-find").ClickAsync();
        var found = page.GetByTestId("feed-found");
        await found.WaitForAsync();
        Assert.Contains("Catatan Budi", await found.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Komentar", await found.InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "feed-discovery");
        await page.GetByTestId("feed-follow").ClickAsync();
        await page.GetByTestId("feed-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // The posts feed was ticked for us; its row reads the feed and shows when it reads next.
        var row = page.Locator("tr").Filter(new() { HasText = "Catatan Budi" }).First;
        await row.WaitForAsync();
        await row.Locator("[data-testid=source-health][data-status=ok]").WaitForAsync(new() { Timeout = 30_000 });
        await row.GetByTestId("source-next").WaitForAsync();
        await Browser.ScreenshotAsync(page, "feed-sources");

        await page.GotoAsync($"/w/demo/mentions?q={token}");
        var item = page.GetByTestId("mention-item").Filter(new() { HasText = token }).First;
        await item.WaitForAsync(new() { Timeout = 30_000 });
        await item.GetByTestId("mention-open").ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/demo/mentions/\\d+$"));
        Assert.Contains("tiga hari", await page.GetByTestId("mention-text").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByTestId("mention-html-panel").ClickAsync();
        var html = page.GetByTestId("mention-html");
        await html.WaitForAsync();
        Assert.Equal("tiga hari", await html.Locator("strong").InnerTextAsync());
        Assert.Equal(pantau.Feeds.For($"/{token}/bukti").AbsoluteUri, await html.Locator("a").GetAttributeAsync("href"));
        Assert.Equal(0, await html.Locator("script").CountAsync());
        Assert.Null(await html.Locator("img").First.GetAttributeAsync("onerror"));
        await Browser.ScreenshotAsync(page, "feed-mention");
        Assert.Equal(0, dialogs);
    }
}
