using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>
/// Alerts in a real browser: a rule fires on a legal threat, the alert arrives live in the bar and on the alerts page,
/// someone acknowledges it, opens a crisis room, takes the holding statement through approval, logs a note, and prints
/// the report.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed class AlertTests(PantauFixture pantau)
{
    private static readonly string[] LegalRisk = ["legal"];

    [Fact]
    public async Task A_legal_threat_fires_a_live_alert_that_becomes_a_crisis_room_with_an_approved_statement()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await pantau.PostAsync("alert-rules", new { name = "Ancaman hukum", severity = "high", enabled = true, conditions = new { risk = LegalRisk } }, ct);

        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        await page.GotoAsync("/w/demo/alerts");
        await page.GetByTestId("alert-list").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByTestId("alerts-loading").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Locator("[data-testid=alert-bar][data-live=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.EvaluateAsync("() => { window.__pantauSamePage = true; }");

        var token = "alert" + Guid.NewGuid().ToString("N")[..8];
        await pantau.PushAsync([new
        {
            id = token,
            text = $"Pelayanan Nusantel parah, saya akan lapor polisi dan somasi kalau tidak ada jawaban hari ini! {token}",
            author = new { handle = "pelapor_" + token[5..], name = "Pelapor Hukum", followers = 120_000 },
        }], ct);

        // The rule's alert shows up in the bar and on the page without a reload.
        var row = page.GetByTestId("alert-row").Filter(new() { HasText = "Ancaman hukum" }).First;
        await row.WaitForAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("alert-bar-count")).Not.ToHaveTextAsync("0");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pantauSamePage === true"), "The alerts page reloaded; alerts must arrive live.");
        await Browser.ScreenshotAsync(page, "alerts-page");

        // Acknowledge it from the list.
        var number = await row.GetAttributeAsync("data-number");
        await row.GetByTestId("alert-ack").ClickAsync();
        var acknowledged = page.Locator($"[data-testid=alert-row][data-number='{number}']");
        await Assertions.Expect(acknowledged.GetByTestId("alert-state")).ToHaveTextAsync("Diketahui");

        // The detail: the post that fired it is among the top mentions.
        await page.GotoAsync($"/w/demo/alerts/{number}");
        await page.GetByTestId("alert-detail").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("alert-mentions")).ToContainTextAsync(token, new() { Timeout = 15_000 });
        await Browser.ScreenshotAsync(page, "alert-detail");

        // A crisis room from the alert.
        await page.GetByTestId("alert-open-crisis").ClickAsync();
        await page.GetByTestId("crisis-room").WaitForAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("crisis-status")).ToHaveTextAsync("Aktif", new() { IgnoreCase = true });

        // The holding statement: draft, submit, approve (the admin is a supervisor), publish.
        await Browser.Field(page, "crisis-statement").FillAsync("Kami sedang memeriksa keluhan ini dan akan menghubungi pelanggan hari ini.");
        await page.GetByTestId("crisis-statement-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("crisis-statement-status")).ToHaveTextAsync("Draf");
        await page.GetByTestId("crisis-statement-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("crisis-statement-status")).ToHaveTextAsync("Menunggu persetujuan", new() { IgnoreCase = true });
        await page.GetByTestId("crisis-statement-approve").ClickAsync();
        await Assertions.Expect(page.GetByTestId("crisis-statement-status")).ToHaveTextAsync("Disetujui", new() { IgnoreCase = true });
        await page.GetByTestId("crisis-statement-publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("crisis-statement-status")).ToHaveTextAsync("Dipublikasikan", new() { IgnoreCase = true });

        // A note, and the log shows every step.
        await Browser.Field(page, "crisis-note").FillAsync("Tim legal sudah diberi tahu " + token);
        await page.GetByTestId("crisis-note-add").ClickAsync();
        var log = page.GetByTestId("crisis-log");
        await Assertions.Expect(log).ToContainTextAsync(token);
        foreach (var kind in new[] { "opened", "statement_edited", "statement_submitted", "statement_approved", "statement_published", "note" })
        {
            await Assertions.Expect(log.Locator($"[data-kind={kind}]").First).ToBeAttachedAsync();
        }

        await Browser.ScreenshotAsync(page, "crisis-room");

        // The report: reaction time is known once the statement is published.
        await page.GetByTestId("crisis-report-link").ClickAsync();
        await page.GetByTestId("crisis-report").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("report-reaction").Locator(".measure-value")).Not.ToHaveTextAsync("Belum ada respons");
        await Assertions.Expect(page.GetByTestId("report-timeline")).ToContainTextAsync("Pernyataan dipublikasikan");
        await Browser.ScreenshotAsync(page, "crisis-report");

        await page.GotoAsync("/w/demo/stories");
        await page.GetByTestId("stories-loading").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Browser.ScreenshotAsync(page, "stories-page");
    }

    [Fact]
    public async Task The_alert_pages_fit_a_phone_in_dark_mode()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        await page.EvaluateAsync("() => window.pantau.setDarkMode(true)");
        foreach (var (path, ready, name) in new[]
        {
            ("/w/demo/alerts", "alerts-loading", "alerts-phone"),
            ("/w/demo/stories", "stories-loading", "stories-phone"),
            ("/w/demo/crises", "crises-loading", "crises-phone"),
        })
        {
            await page.GotoAsync(path);
            await page.GetByTestId("alert-bar").WaitForAsync();
            await page.GetByTestId(ready).WaitForAsync(new() { State = WaitForSelectorState.Detached });
            await Browser.ScreenshotAsync(page, name);
            Assert.False(await Browser.OverflowsSidewaysAsync(page), $"{path} overflows sideways on a phone.");
        }
    }
}
