using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>Filters, pause, topics and sources, as a supervisor uses them in the browser.</summary>
[Collection(nameof(BrowserTests))]
public sealed class ManagementTests(PantauFixture pantau)
{
    [Fact]
    public async Task Pausing_queues_new_mentions_and_resuming_shows_them()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);

        await page.GetByTestId("stream-pause").ClickAsync();
        await page.GetByTestId("stream-resume").WaitForAsync();
        var token = "pause" + Guid.NewGuid().ToString("N")[..8];
        await pantau.PushAsync([new { id = token, text = $"Belanjain paketnya belum sampai juga {token}", author = new { handle = "pembeli" } }], ct);

        await page.GetByTestId("queued-count").WaitForAsync();
        await page.GetByTestId("queued-banner").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("mention-item").Filter(new() { HasText = token }).CountAsync());

        await page.GetByTestId("stream-resume").ClickAsync();
        await page.GetByTestId("mention-item").Filter(new() { HasText = token }).WaitForAsync();
        await page.GetByTestId("stream-pause").WaitForAsync();
    }

    [Fact]
    public async Task A_search_filter_narrows_the_stored_and_the_live_mentions()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);

        var wanted = "cari" + Guid.NewGuid().ToString("N")[..8];
        var stored = "Rajawali Air delay lagi " + wanted + " sudah dua jam";
        await pantau.PushAsync([new { id = wanted + "-a", text = stored, author = new { handle = "penumpang" } }], ct);

        // Typed in upper case: the search folds case like the stored search text.
        await Browser.Field(page, "filter-search").FillAsync(wanted.ToUpperInvariant());
        await page.WaitForURLAsync(new Regex("[?&]q=" + wanted.ToUpperInvariant()));
        await Browser.WaitForStreamAsync(page);
        await page.GetByTestId("mention-item").Filter(new() { HasText = wanted }).First.WaitForAsync();

        await pantau.PushAsync(
            [
                new { id = wanted + "-b", text = "Rajawali Air pelayanannya ramah, mantap " + wanted, author = new { handle = "penumpang2" } },
                new { id = wanted + "-c", text = "Rajawali Air tidak ada kata kunci di sini", author = new { handle = "penumpang3" } },
            ],
            ct);
        await page.GetByTestId("mention-item").Filter(new() { HasText = "ramah, mantap" }).WaitForAsync();
        await page.WaitForTimeoutAsync(500);
        var texts = await page.GetByTestId("mention-item").AllInnerTextsAsync();
        Assert.Equal(2, texts.Count);
        Assert.All(texts, text => Assert.Contains(wanted, text, StringComparison.Ordinal));

        // Sentiment filter from the address: every item shown carries that sentiment.
        await page.GotoAsync("/w/demo/mentions?sentiment=negative");
        await Browser.WaitForStreamAsync(page);
        var sentiments = await page.Locator("[data-testid=mention-item] .mention-sentiment").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.sentiment)");
        Assert.All(sentiments, s => Assert.Equal("negative", s));
    }

    [Fact]
    public async Task Load_more_pages_through_older_mentions()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        var token = "halaman" + Guid.NewGuid().ToString("N")[..8];
        await pantau.PushAsync(
            Enumerable.Range(1, 60).Select(i => (object)new { id = $"{token}-{i}", text = $"Kopi Senja cabang {i} ramai {token}", author = new { handle = "pelanggan" + i } }),
            ct);
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInAsync(page);
        await page.WaitForURLAsync(Browser.StreamPage());
        await page.GotoAsync($"/w/demo/mentions?q={token}");
        await Browser.WaitForStreamAsync(page);

        Assert.Equal(50, await Browser.CountMentionsAsync(page));
        await page.GetByTestId("load-more").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=mention-item]').length === 60");
        var ids = await page.GetByTestId("mention-item").EvaluateAllAsync<long[]>("els => els.map(e => Number(e.dataset.mentionId))");
        Assert.Equal(ids.OrderByDescending(id => id), ids);
        Assert.Equal(60, ids.Distinct().Count());
        Assert.Equal(0, await page.GetByTestId("load-more").CountAsync());
    }

    [Fact]
    public async Task A_supervisor_adds_a_topic_with_validation_preview_and_deletes_it()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        await page.GetByTestId("nav-topics").ClickAsync();
        await page.GetByTestId("topic-table").WaitForAsync();

        var name = "Topik E2E " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByTestId("topic-add").ClickAsync();
        await Browser.Field(page, "topic-name").FillAsync(name);
        await page.GetByTestId("topic-save").ClickAsync();
        // The editor's own validation (the API's), in Indonesian.
        await page.Locator(".mud-dialog").GetByText("Kueri wajib diisi: kata-kata yang didengarkan, misalnya nusantel OR \"kartu halo\".").WaitForAsync();

        // While typing: the error is shown at its column, underlined in an echo of the query.
        await Browser.Field(page, "topic-query").FillAsync("nusantel sinyal NEAR/5");
        var error = page.GetByTestId("query-error");
        await error.WaitForAsync();
        Assert.Equal("NEAR/5", await error.Locator(".query-error-mark").InnerTextAsync());
        Assert.Contains("NEAR/5 needs something on its right, column 17", await error.InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "topic-query-error");

        // A valid query previews what it would match among stored mentions, with the matched words marked.
        await Browser.Field(page, "topic-query").FillAsync("nusantel* OR (sinyal NEAR/3 (lemot OR lelet)) OR #e2etest");
        var preview = page.GetByTestId("query-preview");
        await preview.WaitForAsync();
        if (PantauFixture.DemoCorpusHasPosts)
        {
            await page.GetByTestId("preview-example").First.WaitForAsync();
            Assert.True(await preview.Locator("mark.match").CountAsync() > 0, "Preview examples mark the matched words.");
        }

        await Browser.ScreenshotAsync(page, "topic-query-preview");
        await page.GetByTestId("topic-save").ClickAsync();
        await page.GetByTestId("topic-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var row = page.Locator("tr").Filter(new() { HasText = name });
        await row.WaitForAsync();
        Assert.Contains("#e2etest", await row.InnerTextAsync(), StringComparison.Ordinal);

        await row.GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    [Fact]
    public async Task A_supervisor_adds_a_push_source_and_sees_its_health()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        await page.GetByTestId("nav-sources").ClickAsync();
        await page.GetByTestId("source-table").WaitForAsync();

        var name = "Formulir kontak " + Guid.NewGuid().ToString("N")[..6];
        await page.GetByTestId("source-add").ClickAsync();
        await page.GetByTestId("source-kind").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Webhook" }).ClickAsync();
        await Browser.Field(page, "source-name").FillAsync(name);

        var settings = Browser.Field(page, "source-settings");
        await settings.FillAsync("[1, 2]");
        await page.GetByTestId("source-save").ClickAsync();
        await page.Locator(".mud-dialog").GetByText("Pengaturan harus berupa objek JSON").WaitForAsync();
        await settings.FillAsync("{\"a\": ");
        await page.GetByTestId("source-save").ClickAsync();
        await page.Locator(".mud-dialog").GetByText("Ini bukan JSON yang valid").WaitForAsync();

        await settings.FillAsync("{}");
        await page.GetByTestId("source-save").ClickAsync();
        await page.GetByTestId("source-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var row = page.Locator("tr").Filter(new() { HasText = name });
        await row.WaitForAsync();
        Assert.Equal("push", await row.GetByTestId("source-health").GetAttributeAsync("data-status"));
    }
}
