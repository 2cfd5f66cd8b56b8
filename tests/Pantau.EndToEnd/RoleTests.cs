using System.Text.RegularExpressions;

namespace Pantau.EndToEnd;

/// <summary>A viewer: read-only configuration pages, the workspace switcher, isolation between workspaces, sign-out.</summary>
[Collection(nameof(BrowserTests))]
public sealed class RoleTests(PantauFixture pantau)
{
    [Fact]
    public async Task A_viewer_reads_but_cannot_change_and_switches_workspaces()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInAsync(page, PantauFixture.ViewerEmail, PantauFixture.ViewerPassword);
        await page.WaitForURLAsync(Browser.StreamPage());
        await Browser.WaitForStreamAsync(page);
        await page.GetByTestId("demo-chip").WaitForAsync();
        var demoMention = page.GetByTestId("mention-item").First;
        await demoMention.WaitForAsync(new() { Timeout = 30_000 });
        var demoMentionId = await demoMention.GetAttributeAsync("data-mention-id");

        // Topics and sources: visible, but no way to change them.
        await page.GetByTestId("nav-topics").ClickAsync();
        await page.GetByTestId("topic-table").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("topic-add").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=topic-table] button[aria-label=Hapus]").CountAsync());
        Assert.True(await page.Locator("[data-testid=topic-table] input[type=checkbox]").First.IsDisabledAsync());
        await page.GetByTestId("nav-sources").ClickAsync();
        await page.GetByTestId("source-table").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("source-add").CountAsync());

        // The switcher keeps the page (sources) and moves to the other workspace, which is not a demo.
        await page.GetByTestId("workspace-switcher").ClickAsync();
        await page.Locator(".mud-popover-open .mud-menu-item").Filter(new() { HasText = PantauFixture.SecondWorkspace }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/w/toko-kedua/sources$"));
        await page.GetByTestId("empty-state").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("demo-chip").CountAsync());

        // A mention of the demo workspace does not exist from inside the other one; nor does an unknown workspace.
        await page.GotoAsync($"/w/toko-kedua/mentions/{demoMentionId}");
        await page.GetByTestId("mention-not-found").WaitForAsync();
        await page.GotoAsync("/w/tidak-ada/mentions");
        await page.GetByTestId("workspace-not-found").WaitForAsync();

        // Signing out is a form post; afterwards the app asks to sign in again.
        await page.GotoAsync("/w/demo/mentions");
        await Browser.WaitForStreamAsync(page);
        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(Browser.LoginPage());
        await page.GotoAsync("/w/demo/mentions");
        await page.WaitForURLAsync(Browser.LoginPage());
    }
}
