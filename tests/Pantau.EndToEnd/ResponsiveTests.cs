using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>Every page on a laptop and on a phone: nothing spills sideways, and a screenshot of each for review.</summary>
[Collection(nameof(BrowserTests))]
public sealed class ResponsiveTests(PantauFixture pantau)
{
    public static TheoryData<string, int, int> Screens => new()
    {
        { "laptop", 1366, 768 },
        { "phone", 390, 844 },
        { "small-phone", 375, 667 },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_page_fits_the_screen(string screen, int width, int height)
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        async Task CheckAsync(string name)
        {
            if (await Browser.OverflowsSidewaysAsync(page))
            {
                problems.Add($"{name} is wider than {width}px");
            }

            await Browser.ScreenshotAsync(page, $"{screen}-{name}");
        }

        await page.GotoAsync("/login");
        await CheckAsync("login");

        await Browser.SignInToStreamAsync(page);
        await page.GetByTestId("mention-item").First.WaitForAsync(new() { Timeout = 30_000 });
        await CheckAsync("stream");

        await page.GetByTestId("mention-open").First.ClickAsync();
        await page.GetByTestId("mention-detail").WaitForAsync();
        await CheckAsync("detail");

        await page.GotoAsync("/w/demo/topics");
        await page.GetByTestId("topic-table").WaitForAsync();
        await CheckAsync("topics");
        await page.GetByTestId("topic-add").ClickAsync();
        await page.GetByTestId("topic-save").WaitForAsync();
        await page.GetByTestId("topic-save").ClickAsync();
        await page.Locator(".mud-dialog .mud-input-error").First.WaitForAsync();
        await CheckAsync("topic-dialog");
        await page.Keyboard.PressAsync("Escape");

        await page.GotoAsync("/w/demo/sources");
        await page.GetByTestId("source-table").WaitForAsync();
        await CheckAsync("sources");

        if (screen != "small-phone")
        {
            await page.GetByTestId("source-add").ClickAsync();
            await page.GetByTestId("source-save").WaitForAsync();
            await CheckAsync("source-dialog");
            await page.Keyboard.PressAsync("Escape");
        }

        if (width < 960)
        {
            await page.GotoAsync("/w/demo/mentions");
            await Browser.WaitForStreamAsync(page);
            await page.GetByTestId("nav-toggle").ClickAsync();
            await page.GetByTestId("nav-sources").WaitForAsync(new() { State = WaitForSelectorState.Visible });
            await CheckAsync("menu");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Dark_mode_is_remembered_and_English_reads_throughout()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/culture?culture=en&returnUrl=%2Flogin");
        await Browser.ScreenshotAsync(page, "laptop-login-en");
        Assert.Equal("Sign in", (await page.Locator("h1").InnerTextAsync()).Trim());
        await Browser.SignInToStreamAsync(page);
        // Signing in restores the language saved on the account; choose English again, now for the account.
        await page.GotoAsync("/account/culture?culture=en&returnUrl=%2Fw%2Fdemo%2Fmentions");
        await Browser.WaitForStreamAsync(page);

        var light = await BackgroundAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).ClickAsync();
        await page.WaitForFunctionAsync("before => getComputedStyle(document.body).backgroundColor !== before", light);
        await page.GetByTestId("mention-item").First.WaitForAsync(new() { Timeout = 30_000 });
        await Browser.ScreenshotAsync(page, "laptop-stream-dark-en");

        await page.ReloadAsync();
        await Browser.WaitForStreamAsync(page);
        await page.WaitForFunctionAsync("before => getComputedStyle(document.body).backgroundColor !== before", light);
        await page.GotoAsync("/w/demo/sources");
        await page.GetByTestId("source-table").WaitForAsync();
        await Browser.ScreenshotAsync(page, "laptop-sources-dark-en");

        // Back to Indonesian for the tests that follow (the admin's choice is remembered on the account).
        await page.GotoAsync("/account/culture?culture=id&returnUrl=%2F");
    }

    private static Task<string> BackgroundAsync(IPage page) => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
