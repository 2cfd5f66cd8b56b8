using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>The care settings page as a supervisor uses it: opening hours and a canned response, saved and read back.</summary>
[Collection(nameof(BrowserTests))]
public sealed class CareSettingsTests(PantauFixture pantau)
{
    [Fact]
    public async Task Opening_hours_and_a_canned_response_are_edited_and_saved()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        await page.GotoAsync("/w/demo/care/settings");

        // SLA & hours: the demo is open around the clock; Friday gets a break and comes back as saved.
        var friday = Browser.Field(page, "hours-friday-text");
        await friday.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal("00:00-24:00", await friday.InputValueAsync());
        await Browser.ScreenshotAsync(page, "care-settings-sla");
        await friday.FillAsync("00:00-12:00, 13:00-24:00");
        await page.GetByTestId("sla-save").ClickAsync();
        await page.Locator(".mud-snackbar").Filter(new() { HasText = "Tersimpan" }).WaitForAsync();

        // An interval that overlaps is refused and named on its day.
        await friday.FillAsync("00:00-12:00, 11:00-24:00");
        await page.GetByTestId("sla-save").ClickAsync();
        await page.GetByTestId("hours-friday").Locator(".mud-input-error").First.WaitForAsync();
        await Browser.ScreenshotAsync(page, "care-settings-sla-error");

        await page.ReloadAsync();
        friday = Browser.Field(page, "hours-friday-text");
        await friday.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal("00:00-12:00, 13:00-24:00", await friday.InputValueAsync());

        await page.GetByRole(AriaRole.Tab, new() { Name = "Tim" }).ClickAsync();
        await page.GetByTestId("team-item").Filter(new() { HasText = "Tim Nusantel" }).WaitForAsync();
        await Browser.ScreenshotAsync(page, "care-settings-teams");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Pembagian" }).ClickAsync();
        await page.GetByTestId("rule-item").First.WaitForAsync();
        await Browser.ScreenshotAsync(page, "care-settings-routing");

        // Canned responses: a new one, a variable inserted, the preview filled, then edited and saved.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Balasan siap pakai" }).ClickAsync();
        await page.GetByTestId("canned-item").First.WaitForAsync();
        Assert.Equal(8, await page.GetByTestId("canned-item").CountAsync());
        await Browser.ScreenshotAsync(page, "care-settings-canned");
        var shortcut = "e2e-" + Guid.NewGuid().ToString("N")[..6];
        await page.GetByTestId("canned-add").ClickAsync();
        await Browser.Field(page, "canned-title").FillAsync("Uji coba");
        await Browser.Field(page, "canned-shortcut").FillAsync(shortcut);
        await Browser.Field(page, "canned-body").FillAsync("Halo");
        await page.GetByTestId("canned-variable").Filter(new() { HasText = "customer.first_name" }).ClickAsync();
        await page.GetByTestId("canned-preview").Filter(new() { HasText = "Halo Rina" }).WaitForAsync();
        await Browser.Field(page, "canned-body").FillAsync("Halo {{customer.nama}}");
        await page.GetByTestId("canned-error").WaitForAsync();
        await Browser.ScreenshotAsync(page, "care-settings-canned-editor");
        await Browser.Field(page, "canned-body").FillAsync("Halo {{customer.first_name | Kak}}, tiket {{case.number}} kami cek.");
        await page.GetByTestId("canned-save").ClickAsync();
        var created = page.GetByTestId("canned-item").Filter(new() { HasText = shortcut });
        await created.WaitForAsync();

        await created.GetByTestId("canned-edit").ClickAsync();

        // The editor loads the saved body after the click: typing before it arrives would be overwritten by it.
        await Microsoft.Playwright.Assertions.Expect(Browser.Field(page, "canned-body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("tiket"));
        await Browser.Field(page, "canned-body").FillAsync("Halo {{customer.first_name | Kak}}, sudah kami perbaiki.");
        await page.GetByTestId("canned-preview").Filter(new() { HasText = "Halo Rina, sudah kami perbaiki." }).WaitForAsync();
        await page.GetByTestId("canned-save").ClickAsync();
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Balasan siap pakai" }).ClickAsync();
        await page.GetByTestId("canned-item").Filter(new() { HasText = shortcut }).Filter(new() { HasText = "sudah kami perbaiki" }).WaitForAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Perilaku" }).ClickAsync();
        await page.GetByTestId("behaviour-save").WaitForAsync();
        await Browser.ScreenshotAsync(page, "care-settings-behaviour");

        // Leave the demo as other tests expect it: open around the clock, no extra response.
        await page.GetByRole(AriaRole.Tab, new() { Name = "SLA & jam layanan" }).ClickAsync();
        friday = Browser.Field(page, "hours-friday-text");
        await friday.FillAsync("00:00-24:00");
        await page.GetByTestId("sla-save").ClickAsync();
        await page.Locator(".mud-snackbar").Filter(new() { HasText = "Tersimpan" }).Last.WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Balasan siap pakai" }).ClickAsync();
        var mine = page.GetByTestId("canned-item").Filter(new() { HasText = shortcut });
        await mine.GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await mine.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    [Fact]
    public async Task On_a_phone_the_settings_fit_the_screen()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        await page.GotoAsync("/w/demo/care/settings");
        await Browser.Field(page, "hours-friday-text").WaitForAsync(new() { Timeout = 30_000 });
        await Browser.ScreenshotAsync(page, "phone-care-settings");
        Assert.False(await Browser.OverflowsSidewaysAsync(page));
        // A tap on a tab (no native scrolling into view first, which a finger does not do): the strip scrolls to show it.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Balasan siap pakai" }).DispatchEventAsync("click");
        await page.GetByTestId("canned-item").First.WaitForAsync();
        await page.WaitForTimeoutAsync(400);
        await Browser.ScreenshotAsync(page, "phone-care-settings-canned");
        Assert.False(await Browser.OverflowsSidewaysAsync(page));
    }
}
