using System.Text.RegularExpressions;

namespace Pantau.EndToEnd;

/// <summary>An agent corrects what Pantau understood of a mention; the page shows it at once and keeps it.</summary>
[Collection(nameof(BrowserTests))]
public sealed class CorrectionTests(PantauFixture pantau)
{
    [Fact]
    public async Task An_agent_corrects_the_sentiment_and_sees_it_at_once_and_after_a_reload()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);

        var token = "fix" + Guid.NewGuid().ToString("N")[..10];
        await pantau.PushAsync(
            [new { id = token, text = $"Nusantel sinyal lemot banget, kecewa {token}", author = new { handle = "koreksi", name = "Uji Koreksi" } }], ct);
        var item = page.GetByTestId("mention-item").Filter(new() { HasText = token });
        await item.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(0, await item.GetByTestId("mention-corrected").CountAsync());
        var id = await item.GetAttributeAsync("data-mention-id");
        await item.GetByTestId("mention-open").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/w/demo/mentions/{id}$"));
        var sentiment = page.GetByTestId("mention-sentiment");
        await sentiment.WaitForAsync();
        // The detail page is interactive once the circuit has loaded the mention (the correct button needs it).
        await page.GetByTestId("correct-sentiment").WaitForAsync();

        var model = await sentiment.GetAttributeAsync("data-sentiment");
        var (target, targetLabel, modelLabel) = model == "positive" ? ("negative", "Negatif", "Positif") : ("positive", "Positif", model == "neutral" ? "Netral" : "Negatif");
        await page.EvaluateAsync("() => { window.__pantauSamePage = true; }");

        await page.GetByTestId("correct-sentiment").ClickAsync();
        await page.GetByTestId("correct-sentiment-" + target).ClickAsync();

        // Saved and shown without a reload: the chip has the new value, the note says who and what it was.
        var note = page.GetByTestId("correction-sentiment");
        await note.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(target, await sentiment.GetAttributeAsync("data-sentiment"));
        Assert.Equal(targetLabel, (await sentiment.InnerTextAsync()).Trim());
        var noteText = await note.InnerTextAsync();
        Assert.Contains("Dikoreksi oleh", noteText, StringComparison.Ordinal);
        Assert.Contains("semula " + modelLabel, noteText, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pantauSamePage === true"), "The page reloaded; the correction must show in place.");
        await Browser.ScreenshotAsync(page, "flow-correction");

        // After a reload it is still there, and the stream's card is marked as corrected.
        await page.ReloadAsync();
        await page.GetByTestId("correct-sentiment").WaitForAsync();
        await page.GetByTestId("correction-sentiment").WaitForAsync();
        Assert.Equal(target, await page.GetByTestId("mention-sentiment").GetAttributeAsync("data-sentiment"));
        Assert.Equal(model, await page.GetByTestId("correction-sentiment").GetAttributeAsync("data-original"));

        // (Searched for, so the demo's live posts cannot push it off the first page.)
        await page.GotoAsync($"/w/demo/mentions?q={token}");
        await Browser.WaitForStreamAsync(page);
        var card = page.GetByTestId("mention-item").Filter(new() { HasText = token });
        await card.GetByTestId("mention-corrected").WaitForAsync();
        Assert.Equal(target, await card.Locator(".mention-sentiment").GetAttributeAsync("data-sentiment"));
    }
}
