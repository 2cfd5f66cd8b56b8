using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>
/// The alert settings page as a supervisor uses it: an author list, a rule that names it, a webhook channel with quiet
/// hours (tried with "send test"), sensitivity, escalation and digests; all read back after a reload and through the
/// API. A viewer sees the same page read-only.
/// </summary>
[Collection(nameof(BrowserTests))]
public sealed partial class AlertSettingsTests(PantauFixture pantau)
{
    private const string Secret = "s3cret-e2e-signing";
    private static readonly string[] ViewerHandles = ["@viewer_e2e"];

    [Fact]
    public async Task AlertSettings_are_edited_in_every_tab_and_persist()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        var token = Guid.NewGuid().ToString("N")[..6];
        var listName = "Wartawan " + token;
        var ruleName = "Wartawan menulis " + token;
        var channelName = "Webhook piket " + token;
        pantau.Feeds.Map("/alert-hook-" + token, context => context.Response.WriteAsync("ok", context.RequestAborted));

        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);

        // From the alerts page header to the settings, and wait for the circuit before touching anything.
        await page.GotoAsync("/w/demo/alerts");
        await page.GetByTestId("alerts-settings-link").ClickAsync();
        await page.WaitForURLAsync(SettingsPage());
        await WaitForSettingsAsync(page);
        Assert.Equal(0, await page.GetByTestId("alertsettings-readonly").CountAsync());

        // Author lists: an empty list is refused on its field, then a list of two journalists is saved.
        await OpenTabAsync(page, "Daftar akun");
        await page.Locator("[data-testid=authorlist-item], [data-testid=authorlist-empty]").First.WaitForAsync();
        await page.GetByTestId("authorlist-add").ClickAsync();
        await Browser.Field(page, "authorlist-name-input").FillAsync(listName);
        await page.GetByTestId("authorlist-save").ClickAsync();
        await Browser.FieldError(page, "authorlist-handles-input").WaitForAsync();
        await Browser.Field(page, "authorlist-handles-input").FillAsync("@tempo_e2e\nkompas_e2e");
        await page.GetByTestId("authorlist-save").ClickAsync();
        await page.GetByTestId("authorlist-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.GetByTestId("authorlist-item").Filter(new() { HasText = listName }).WaitForAsync();
        await Browser.ScreenshotAsync(page, "alert-settings-lists");

        // Rules: a query that does not parse is named on the query field; fixed, with the list, legal risk and a minimum reach.
        await OpenTabAsync(page, "Aturan");
        await page.Locator("[data-testid=alertrule-table], [data-testid=alertrule-empty]").First.WaitForAsync();
        await page.GetByTestId("alertrule-add").ClickAsync();
        await Browser.Field(page, "alertrule-name-input").FillAsync(ruleName);
        await Browser.Field(page, "alertrule-query").FillAsync("nusantel AND (");
        await page.GetByTestId("alertrule-save").ClickAsync();
        await Browser.FieldError(page, "alertrule-query").WaitForAsync();
        Assert.Equal(0, await Browser.FieldError(page, "alertrule-name-input").CountAsync());
        await Browser.ScreenshotAsync(page, "alert-settings-rule-error");
        await Browser.Field(page, "alertrule-query").FillAsync("nusantel OR \"kartu halo\"");
        await PickAsync(page, "alertrule-lists", listName, multiple: true);
        await page.GetByTestId("alertrule-risk-legal").ClickAsync();
        await PickAsync(page, "alertrule-severity", "Kritis");
        await Browser.Field(page, "alertrule-minreach").FillAsync("1000");
        await page.GetByTestId("alertrule-save").ClickAsync();
        await page.GetByTestId("alertrule-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var ruleRow = page.Locator("tr").Filter(new() { HasText = ruleName });
        await Assertions.Expect(ruleRow.GetByTestId("alertrule-conditions")).ToContainTextAsync(listName);
        await Assertions.Expect(ruleRow.GetByTestId("alertrule-conditions")).ToContainTextAsync("Hukum");
        await Browser.ScreenshotAsync(page, "alert-settings-rules");

        // Channels: a signed webhook with quiet hours at weekends that hold critical alerts too; a test notice reaches it.
        await OpenTabAsync(page, "Saluran");
        await page.Locator("[data-testid=channel-table], [data-testid=channel-empty]").First.WaitForAsync();
        await page.GetByTestId("channel-add").ClickAsync();
        await Browser.Field(page, "channel-name-input").FillAsync(channelName);
        await PickAsync(page, "channel-kind-input", "Webhook");
        await Browser.Field(page, "channel-address-input").FillAsync(pantau.Feeds.For("/alert-hook-" + token).ToString());
        await Browser.Field(page, "channel-secret-input").FillAsync(Secret);
        await PickAsync(page, "channel-minseverity", "Tinggi");
        await page.GetByTestId("channel-quiet-on").ClickAsync();
        await Browser.Field(page, "channel-quiet-start").FillAsync("23:00");
        await Browser.Field(page, "channel-quiet-end").FillAsync("06:30");
        await page.GetByTestId("channel-quiet-day-saturday").ClickAsync();
        await page.GetByTestId("channel-quiet-day-sunday").ClickAsync();
        await page.GetByTestId("channel-quiet-critical").ClickAsync();
        await Browser.ScreenshotAsync(page, "alert-settings-channel-dialog");
        await page.GetByTestId("channel-save").ClickAsync();
        await page.GetByTestId("channel-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var channelRow = page.Locator("tr").Filter(new() { HasText = channelName });
        await Assertions.Expect(channelRow.GetByTestId("channel-quiet")).ToContainTextAsync("23:00–06:30");
        await Assertions.Expect(channelRow.GetByTestId("channel-address")).Not.ToContainTextAsync("alert-hook");
        await channelRow.GetByTestId("channel-test").ClickAsync();
        await Assertions.Expect(channelRow.GetByTestId("channel-test-result")).ToContainTextAsync("Uji terkirim", new() { Timeout = 20_000 });
        await Browser.ScreenshotAsync(page, "alert-settings-channels");

        // Editing shows the secret as a mask and the URL without its path, never the values themselves.
        await channelRow.GetByTestId("channel-edit").ClickAsync();
        await page.GetByTestId("channel-secret-mask").WaitForAsync();
        Assert.DoesNotContain(Secret, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("alert-hook-" + token, await page.GetByTestId("channel-dialog").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
        await page.GetByTestId("channel-dialog").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // General: high sensitivity, an escalation step to the new channel, a daily digest in English to one recipient.
        await OpenTabAsync(page, "Umum");
        await page.GetByTestId("general-save").WaitForAsync();
        await Assertions.Expect(Checkable(page, "general-sensitivity-normal")).ToBeCheckedAsync();
        await page.GetByTestId("general-sensitivity-high").ClickAsync();
        await page.GetByTestId("escalation-add").ClickAsync();
        var step = page.GetByTestId("escalation-step").Last;
        await Browser.Field(page, "escalation-minutes").FillAsync("20");
        await step.Locator(".mud-select:has([data-testid=escalation-channel])").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = channelName }).ClickAsync();
        await page.GetByTestId("general-daily").ClickAsync();
        var recipients = Browser.Field(page, "general-recipients");
        await recipients.FillAsync("not an address");
        await recipients.PressAsync("Enter");
        await page.GetByTestId("general-save").ClickAsync();
        await Browser.FieldError(page, "general-recipients").WaitForAsync();
        await page.GetByTestId("general-recipients").Locator(".mud-chip").Filter(new() { HasText = "not an address" }).Locator("button").ClickAsync();
        await recipients.FillAsync("pr-e2e@nusantel.test");
        await recipients.PressAsync("Enter");
        await PickAsync(page, "general-language", "Inggris");
        await page.GetByTestId("general-save").ClickAsync();
        await page.Locator(".mud-snackbar").Filter(new() { HasText = "Tersimpan" }).Last.WaitForAsync();

        // The digest: previewed in a frame (in the digest's language, English now) and sent now (no SMTP here: the error is shown).
        await page.GetByTestId("digest-preview").ClickAsync();
        await Assertions.Expect(page.FrameLocator("[data-testid=digest-preview-frame]").Locator("body")).ToContainTextAsync("Daily digest", new() { Timeout = 20_000 });
        await page.GetByTestId("digest-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("digest-send-result")).ToContainTextAsync("Tidak terkirim", new() { Timeout = 20_000 });
        await Browser.ScreenshotAsync(page, "alert-settings-general");
        await page.GetByTestId("digest-preview-frame").ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync(page, "alert-settings-digest-preview");

        await OpenTabAsync(page, "Log pengiriman");
        await page.Locator("[data-testid=log-table], [data-testid=log-empty]").First.WaitForAsync();
        await Browser.ScreenshotAsync(page, "alert-settings-log");

        // After a reload every tab shows what was saved.
        await page.ReloadAsync();
        await WaitForSettingsAsync(page);
        await Assertions.Expect(page.Locator("tr").Filter(new() { HasText = ruleName }).GetByTestId("alertrule-conditions")).ToContainTextAsync("≥ 1.000");
        await OpenTabAsync(page, "Daftar akun");
        await Assertions.Expect(page.GetByTestId("authorlist-item").Filter(new() { HasText = listName })).ToContainTextAsync("kompas_e2e");
        await OpenTabAsync(page, "Saluran");
        await Assertions.Expect(page.Locator("tr").Filter(new() { HasText = channelName }).GetByTestId("channel-quiet")).ToContainTextAsync("Sab, Min");
        await OpenTabAsync(page, "Umum");
        await Assertions.Expect(Checkable(page, "general-sensitivity-high")).ToBeCheckedAsync();
        await Assertions.Expect(Checkable(page, "general-daily")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByTestId("general-recipients")).ToContainTextAsync("pr-e2e@nusantel.test");
        await Assertions.Expect(Browser.Field(page, "escalation-minutes")).ToHaveValueAsync("20");

        // And the API says the same; it never returns the secret.
        using (var settings = await pantau.GetAsync("alert-settings", ct))
        {
            var root = settings.RootElement;
            Assert.Equal("high", root.GetProperty("spikeSensitivity").GetString());
            Assert.True(root.GetProperty("dailyDigest").GetBoolean());
            Assert.Equal("en", root.GetProperty("language").GetString());
            Assert.Contains("pr-e2e@nusantel.test", root.GetProperty("digestRecipients").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal(20, root.GetProperty("escalation")[0].GetProperty("afterMinutes").GetInt32());
        }

        Guid listId;
        using (var lists = await pantau.GetAsync("author-lists", ct))
        {
            var list = lists.RootElement.EnumerateArray().Single(l => l.GetProperty("name").GetString() == listName);
            listId = list.GetProperty("id").GetGuid();
            Assert.Equal(["@tempo_e2e", "kompas_e2e"], list.GetProperty("handles").EnumerateArray().Select(h => h.GetString()));
        }

        using (var rules = await pantau.GetAsync("alert-rules", ct))
        {
            var rule = rules.RootElement.EnumerateArray().Single(r => r.GetProperty("name").GetString() == ruleName);
            Assert.Equal("critical", rule.GetProperty("severity").GetString());
            var conditions = rule.GetProperty("conditions");
            Assert.Equal(listId, conditions.GetProperty("authorListIds")[0].GetGuid());
            Assert.Equal("legal", conditions.GetProperty("risk")[0].GetString());
            Assert.Equal(1000, conditions.GetProperty("minReach").GetInt64());
            Assert.Equal("nusantel OR \"kartu halo\"", conditions.GetProperty("query").GetString());
        }

        using (var channels = await pantau.GetAsync("alert-channels", ct))
        {
            Assert.DoesNotContain(Secret, channels.RootElement.GetRawText(), StringComparison.Ordinal);
            var channel = channels.RootElement.EnumerateArray().Single(c => c.GetProperty("name").GetString() == channelName);
            Assert.Equal("webhook", channel.GetProperty("kind").GetString());
            Assert.True(channel.GetProperty("hasSecret").GetBoolean());
            Assert.Equal("high", channel.GetProperty("minSeverity").GetString());
            var quiet = channel.GetProperty("quietHours");
            Assert.Equal("23:00", quiet.GetProperty("start").GetString());
            Assert.Equal("06:30", quiet.GetProperty("end").GetString());
            Assert.True(quiet.GetProperty("holdsCritical").GetBoolean());
            Assert.Equal(["saturday", "sunday"], quiet.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        }

        // Leave the demo as other tests expect it: normal sensitivity, no digest or escalation, and none of these.
        await page.GetByTestId("general-sensitivity-normal").ClickAsync();
        await page.GetByTestId("general-daily").ClickAsync();
        await page.GetByTestId("escalation-step").Last.GetByRole(AriaRole.Button, new() { Name = "Hapus langkah" }).ClickAsync();
        await page.GetByTestId("general-save").ClickAsync();
        await page.Locator(".mud-snackbar").Filter(new() { HasText = "Tersimpan" }).Last.WaitForAsync();
        await DeleteAsync(page, "Aturan", page.Locator("tr").Filter(new() { HasText = ruleName }), "alertrule-delete");
        await DeleteAsync(page, "Saluran", page.Locator("tr").Filter(new() { HasText = channelName }), "channel-delete");
        await DeleteAsync(page, "Daftar akun", page.GetByTestId("authorlist-item").Filter(new() { HasText = listName }), "authorlist-delete");
    }

    [Fact]
    public async Task AlertSettings_fit_a_phone_in_every_tab()
    {
        pantau.SkipIfUnavailable();
        await using var context = await pantau.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        await page.GotoAsync("/w/demo/alerts/settings");
        await WaitForSettingsAsync(page);
        foreach (var (tab, ready, name) in new[]
        {
            ("Aturan", "[data-testid=alertrule-table], [data-testid=alertrule-empty]", "rules"),
            ("Daftar akun", "[data-testid=authorlist-item], [data-testid=authorlist-empty]", "lists"),
            ("Saluran", "[data-testid=channel-table], [data-testid=channel-empty]", "channels"),
            ("Umum", "[data-testid=general-save]", "general"),
            ("Log pengiriman", "[data-testid=log-table], [data-testid=log-empty]", "log"),
        })
        {
            // A tap, as a finger does it: the tab strip scrolls the tab into view itself.
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).DispatchEventAsync("click");
            await page.Locator(ready).First.WaitForAsync();
            await page.WaitForTimeoutAsync(300);
            await Browser.ScreenshotAsync(page, "phone-alert-settings-" + name);
            Assert.False(await Browser.OverflowsSidewaysAsync(page), $"The {name} tab overflows sideways on a phone.");
        }

        // The dialogs fit too.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Saluran" }).DispatchEventAsync("click");
        await page.GetByTestId("channel-add").ClickAsync();
        await page.GetByTestId("channel-quiet-on").ClickAsync();
        await page.GetByTestId("channel-quiet-start").WaitForAsync();
        await Browser.ScreenshotAsync(page, "phone-alert-settings-channel-dialog");
        Assert.False(await Browser.OverflowsSidewaysAsync(page));
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Aturan" }).DispatchEventAsync("click");
        await page.GetByTestId("alertrule-add").ClickAsync();
        await page.GetByTestId("alertrule-query").WaitForAsync();
        await Browser.ScreenshotAsync(page, "phone-alert-settings-rule-dialog");
        Assert.False(await Browser.OverflowsSidewaysAsync(page));
    }

    [Fact]
    public async Task AlertSettings_are_read_only_for_a_viewer()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        var name = "Untuk penonton " + Guid.NewGuid().ToString("N")[..6];
        await pantau.PostAsync("author-lists", new { name, handles = ViewerHandles }, ct);

        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInAsync(page, PantauFixture.ViewerEmail, PantauFixture.ViewerPassword);
        await page.WaitForURLAsync(Browser.StreamPage());
        await page.GotoAsync("/w/demo/alerts/settings");
        await WaitForSettingsAsync(page);
        await page.GetByTestId("alertsettings-readonly").WaitForAsync();
        await page.Locator("[data-testid=alertrule-table], [data-testid=alertrule-empty]").First.WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("alertrule-add").CountAsync());
        Assert.Equal(0, await page.GetByTestId("alertrule-delete").CountAsync());

        await OpenTabAsync(page, "Daftar akun");
        await page.GetByTestId("authorlist-item").Filter(new() { HasText = name }).WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("authorlist-add").CountAsync());
        Assert.Equal(0, await page.GetByTestId("authorlist-edit").CountAsync());

        await OpenTabAsync(page, "Saluran");
        await page.Locator("[data-testid=channel-table], [data-testid=channel-empty]").First.WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("channel-add").CountAsync());
        Assert.Equal(0, await page.GetByTestId("channel-test").CountAsync());

        await OpenTabAsync(page, "Umum");
        await page.GetByTestId("general-sensitivity").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("general-save").CountAsync());
        Assert.Equal(0, await page.GetByTestId("digest-send").CountAsync());
        Assert.Equal(0, await page.GetByTestId("escalation-add").CountAsync());
        await Browser.ScreenshotAsync(page, "alert-settings-viewer");
    }

    [GeneratedRegex("/w/demo/alerts/settings$")]
    private static partial Regex SettingsPage();

    private static async Task WaitForSettingsAsync(IPage page) =>
        await page.Locator("[data-testid=alert-settings][data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>A MudBlazor radio, switch or check box's input, whether the test id sits on it or around it.</summary>
    private static ILocator Checkable(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static async Task OpenTabAsync(IPage page, string name) => await page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();

    /// <summary>Chooses an item of a MudSelect by its test id; a multiple choice stays open, so a click beside it (on the dialog's title) closes it.</summary>
    private static async Task PickAsync(IPage page, string testId, string item, bool multiple = false)
    {
        // With a value chosen, MudSelect puts the test id on a hidden input: click the select around it.
        await page.Locator($".mud-select:has([data-testid={testId}])").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = item }).First.ClickAsync();
        if (multiple)
        {
            var title = await page.Locator(".mud-dialog-title").BoundingBoxAsync() ?? throw new InvalidOperationException("No dialog title.");
            await page.Mouse.ClickAsync(title.X + 10, title.Y + 10);
            await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }
    }

    private static async Task DeleteAsync(IPage page, string tab, ILocator item, string button)
    {
        await OpenTabAsync(page, tab);
        await item.GetByTestId(button).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await item.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
