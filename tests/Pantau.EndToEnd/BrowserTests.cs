using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>
/// What a care agent meets first: signing in, the live stream, a mention's detail, the language switch. The tests
/// share one server and one admin (whose language choice is remembered), so they run one after another.
/// </summary>
[Collection(nameof(BrowserTests))]
[CollectionDefinition(nameof(BrowserTests), DisableParallelization = true)]
public sealed partial class BrowserTests(PantauFixture pantau)
{
    [Fact]
    public async Task A_signed_in_agent_sees_mentions_arrive_live_and_opens_one()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();

        await Browser.SignInToStreamAsync(page);
        await page.EvaluateAsync("() => { window.__pantauSamePage = true; }");
        var before = await Browser.CountMentionsAsync(page);

        // A post pushed through the API (deterministic, whatever the demo is doing) appears without a reload.
        var token = "e2e" + Guid.NewGuid().ToString("N")[..10];
        var pushedAt = DateTimeOffset.FromUnixTimeMilliseconds(await page.EvaluateAsync<long>("() => Date.now()"));
        await pantau.PushAsync(
            [new { id = token, text = $"Nusantel sinyal lemot banget dari pagi, tolong dicek {token}", author = new { handle = "tester", name = "Tester E2E", followers = 12345 } }],
            ct);
        var item = page.GetByTestId("mention-item").Filter(new() { HasText = token });
        await item.WaitForAsync(new() { Timeout = 15_000 });

        Assert.True(await page.EvaluateAsync<bool>("() => window.__pantauSamePage === true"), "The page reloaded; live items must arrive in place.");
        Assert.True(await Browser.CountMentionsAsync(page) > before, "The stream did not grow.");
        var receivedMs = await item.GetAttributeAsync("data-received-ms");
        Assert.False(string.IsNullOrEmpty(receivedMs), "A live item carries data-received-ms.");
        var latency = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(receivedMs, CultureInfo.InvariantCulture)) - pushedAt;
        TestContext.Current.SendDiagnosticMessage($"Push → stream component: {latency.TotalMilliseconds:F0} ms");
        Assert.True(latency < TimeSpan.FromSeconds(10), $"Push to screen took {latency}.");
        Assert.Contains("12,3 rb", await item.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Nusantel", await item.Locator("mark.match").First.InnerTextAsync());

        // The demo's own posts also stream in live, when the corpus has posts in this build.
        if (PantauFixture.DemoCorpusHasPosts)
        {
            await page.WaitForFunctionAsync(
                $"() => [...document.querySelectorAll('[data-testid=mention-item][data-received-ms]')].some(e => !e.textContent.includes('{token}'))",
                null, new() { Timeout = 30_000 });
        }

        await Browser.ScreenshotAsync(page, "flow-stream");
        var id = await item.GetAttributeAsync("data-mention-id");
        await item.GetByTestId("mention-open").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/w/demo/mentions/{id}$"));
        var detail = page.GetByTestId("mention-detail");
        await detail.WaitForAsync();
        Assert.Contains(token, await page.GetByTestId("mention-text").InnerTextAsync(), StringComparison.Ordinal);
        // The words that made it a mention of the Nusantel topic are marked.
        Assert.Equal("Nusantel", await page.GetByTestId("mention-text").Locator("mark.match").First.InnerTextAsync());
        Assert.Contains("Tester E2E", await detail.InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "flow-detail");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_on_the_login_page()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();

        await Browser.SignInAsync(page, password: "not-the-password");

        await page.WaitForURLAsync(new Regex(@"/login\?error=failed"));
        var error = page.GetByTestId("login-error");
        await error.WaitForAsync();
        Assert.Equal("E-mail atau kata sandi salah.", (await error.InnerTextAsync()).Trim());
        Assert.Equal("/", await page.Locator("input[name=returnUrl]").InputValueAsync());
        await Browser.ScreenshotAsync(page, "flow-login-error");
    }

    [Fact]
    public async Task Switching_the_language_changes_the_labels_and_back()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        var topics = page.GetByTestId("nav-topics");
        Assert.Equal("Topik", (await topics.InnerTextAsync()).Trim());

        await SwitchLanguageAsync(page, "en");
        Assert.Equal("Topics", (await page.GetByTestId("nav-topics").InnerTextAsync()).Trim());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await SwitchLanguageAsync(page, "id");
        Assert.Equal("Topik", (await page.GetByTestId("nav-topics").InnerTextAsync()).Trim());
        Assert.Equal("id", await page.Locator("html").GetAttributeAsync("lang"));
    }

    private static async Task SwitchLanguageAsync(IPage page, string culture)
    {
        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId("language-" + culture).ClickAsync();
        await page.WaitForFunctionAsync($"() => document.documentElement.lang === '{culture}'");
        await Browser.WaitForStreamAsync(page);
    }
}
