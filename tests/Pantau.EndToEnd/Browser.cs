using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>What a user does in the browser, as steps the tests share.</summary>
public static partial class Browser
{
    public static async Task SignInAsync(IPage page, string email = PantauFixture.AdminEmail, string password = PantauFixture.AdminPassword)
    {
        await page.GotoAsync("/");
        await page.WaitForURLAsync(LoginPage());
        await page.Locator("input[name=email]").FillAsync(email);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("button[type=submit]").ClickAsync();
    }

    /// <summary>Signs in as the admin and waits until the live stream of the demo workspace is interactive.</summary>
    /// <remarks>
    /// The first page after signing in starts a Blazor circuit; while the server tests train models on both cores beside
    /// this assembly, that has taken more than the default 20 s, so this one step may take up to a minute.
    /// </remarks>
    public static async Task SignInToStreamAsync(IPage page)
    {
        await SignInAsync(page);
        await page.WaitForURLAsync(StreamPage(), new() { Timeout = 60_000 });
        await WaitForStreamAsync(page);
    }

    /// <summary>
    /// The stream is prerendered as a skeleton; the circuit then loads it. The list (and the skeleton's absence) means
    /// the page is interactive and subscribed to live mentions.
    /// </summary>
    public static async Task WaitForStreamAsync(IPage page)
    {
        await page.GetByTestId("mention-list").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByTestId("mention-loading").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>A MudBlazor text field by its test id (the id may sit on the input itself or on a wrapper).</summary>
    public static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input:not([type=hidden]), [data-testid={testId}] textarea").First;

    /// <summary>The error a MudBlazor field shows (its red outline or helper text), by the field's test id wherever the id sits.</summary>
    public static ILocator FieldError(IPage page, string testId) =>
        page.Locator($"[data-testid={testId}] .mud-input-error, .mud-input-control:has([data-testid={testId}]) .mud-input-error").First;

    public static Task<int> CountMentionsAsync(IPage page) => page.GetByTestId("mention-item").CountAsync();

    /// <summary>True when the page is wider than the viewport (something overflows sideways on a phone).</summary>
    public static Task<bool> OverflowsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(PantauFixture.ScreenshotDirectory, name + ".png"),
            FullPage = false,
            Animations = ScreenshotAnimations.Disabled,
        });
    }

    [GeneratedRegex(@"/login(\?|$)")]
    public static partial Regex LoginPage();

    [GeneratedRegex(@"/w/demo/mentions(\?|$)")]
    public static partial Regex StreamPage();
}
