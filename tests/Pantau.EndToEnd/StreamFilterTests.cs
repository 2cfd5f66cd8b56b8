using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>Spam is kept but hidden from the stream; the "Show spam" switch brings it back, marked, and the address keeps the choice.</summary>
[Collection(nameof(BrowserTests))]
public sealed class StreamFilterTests(PantauFixture pantau)
{
    [Fact]
    public async Task The_stream_hides_spam_until_the_switch_shows_it_and_the_address_keeps_the_filter()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);

        var token = "spam" + Guid.NewGuid().ToString("N")[..10];
        await pantau.PushAsync(
            [new { id = token, text = $"Nusantel promo kuota murah hari ini {token}", author = new { handle = "promosi", name = "Uji Spam" } }], ct);
        var id = await pantau.MarkSpamAsync(token, ct);

        // (Searched for, so the demo's live posts cannot push it off the first page.)
        await page.GotoAsync($"/w/demo/mentions?q={token}");
        await Browser.WaitForStreamAsync(page);
        var card = page.Locator($"[data-testid=mention-item][data-mention-id='{id}']");
        Assert.Equal(0, await card.CountAsync());
        var toggle = page.Locator("input[type=checkbox][data-testid=filter-spam]");
        Assert.False(await toggle.IsCheckedAsync());

        await toggle.CheckAsync();
        // The filter replaces the address in place (no navigation to wait for), so the address is polled.
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('spam') === 'include'");
        Assert.Contains($"q={token}", page.Url, StringComparison.Ordinal);
        await card.WaitForAsync(new() { Timeout = 15_000 });
        // The spam card is marked as such.
        await card.GetByTestId("mention-spam").WaitForAsync();
        Assert.Contains("mention-spam", await card.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "flow-stream-spam");

        // The address is the filter: a reload (or a shared link) shows the same.
        await page.ReloadAsync();
        await Browser.WaitForStreamAsync(page);
        await card.WaitForAsync(new() { Timeout = 15_000 });
        Assert.True(await toggle.IsCheckedAsync());

        // Off again: hidden, and the address forgets it.
        await toggle.UncheckAsync();
        await page.WaitForFunctionAsync("() => !new URLSearchParams(location.search).has('spam')");
        await card.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
