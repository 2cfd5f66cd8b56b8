using System.Text.Json;

namespace Pantau.EndToEnd;

/// <summary>The care console in a real browser: a complaint arrives live at the top, and an agent works a case by keyboard.</summary>
[Collection(nameof(BrowserTests))]
public sealed class CareInboxTests(PantauFixture pantau)
{
    [Fact]
    public async Task A_risky_complaint_arrives_at_the_top_of_the_open_inbox_without_a_reload()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);
        await page.GotoAsync("/w/demo/inbox");
        await page.GetByTestId("inbox-rows").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.GetByTestId("inbox-total").WaitForAsync();
        await page.Locator("body[data-inbox-keys=bound]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.EvaluateAsync("() => { window.__pantauSamePage = true; }");

        var token = "case" + Guid.NewGuid().ToString("N")[..8];
        await pantau.PushAsync([new
        {
            id = token,
            text = $"Nusantel sinyal hilang 3 hari, saya akan lapor ke YLKI dan somasi, tolong viralkan! {token}",
            author = new { handle = "pelapor_" + token[4..], name = "Pelapor Uji", followers = 250_000 },
        }], ct);

        // The demo's own crisis posts are urgent too: the new case must be among the urgent ones at the top, above
        // every case of a lower band.
        var row = page.GetByTestId("inbox-row").Filter(new() { HasText = token });
        await row.WaitForAsync(new() { Timeout = 15_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pantauSamePage === true"), "The inbox reloaded; new cases must arrive live.");
        Assert.Equal("Mendesak", (await row.Locator(".priority-chip").InnerTextAsync()).Trim(), ignoreCase: true);
        var bands = await page.GetByTestId("inbox-row").Locator(".priority-chip").AllInnerTextsAsync();
        var position = (await page.GetByTestId("inbox-row").AllInnerTextsAsync()).ToList().FindIndex(t => t.Contains(token, StringComparison.Ordinal));
        Assert.All(bands.Take(position), band => Assert.Equal("MENDESAK", band.Trim(), ignoreCase: true));
        await Browser.ScreenshotAsync(page, "care-inbox");

        // Opening it and pressing a takes it.
        await row.ClickAsync();
        var pane = page.GetByTestId("case-pane");
        await Microsoft.Playwright.Assertions.Expect(pane).ToContainTextAsync(token, new() { Timeout = 20_000 });
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync("a");
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("case-assignee")).Not.ToHaveTextAsync("Belum ditugaskan");
    }

    [Fact]
    public async Task An_agent_answers_a_demo_case_with_a_canned_response_and_resolves_it_by_keyboard()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;

        // A case from the demo source, which can reply (its scripted customers answer back).
        string? demoSource = null;
        using (var sources = await pantau.GetAsync("sources", ct))
        {
            demoSource = sources.RootElement.EnumerateArray().First(s => s.GetProperty("kind").GetString() == "demo").GetProperty("id").GetString();
        }

        var number = 0;
        for (var i = 0; i < 100 && number == 0; i++)
        {
            using var cases = await pantau.GetAsync($"cases?source={demoSource}&status=new&assignee=none", ct);
            if (cases.RootElement.GetProperty("rows").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } row)
            {
                number = row.GetProperty("number").GetInt32();
            }
            else
            {
                await Task.Delay(200, ct);
            }
        }

        Assert.NotEqual(0, number);
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);

        // The supervisor view, open beside, must follow what the agent does.
        var supervisor = await context.NewPageAsync();
        await supervisor.GotoAsync("/w/demo/care/supervisor");
        var resolved = supervisor.GetByTestId("measure-resolved").Locator(".measure-value");
        await resolved.WaitForAsync();
        var resolvedBefore = int.Parse((await resolved.InnerTextAsync()).Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

        await page.BringToFrontAsync();
        await page.GotoAsync($"/w/demo/inbox?case={number}");
        var pane = page.GetByTestId("case-pane");
        await pane.WaitForAsync();
        await Microsoft.Playwright.Assertions.Expect(pane).ToHaveAttributeAsync("data-case", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("compose-text").WaitForAsync();
        await page.Locator("body[data-inbox-keys=bound]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        // Keyboard only: r (reply box), ; (canned picker), Enter (pick), Ctrl+Enter (send), e (resolve) — five keystrokes.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync("a");
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("case-assignee")).Not.ToHaveTextAsync("Belum ditugaskan");
        await page.Keyboard.PressAsync("r");
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("compose-text")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync(";");
        await page.GetByTestId("canned-picker").WaitForAsync();
        await Browser.ScreenshotAsync(page, "care-canned-picker");
        await page.Keyboard.PressAsync("Enter");
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("compose-text")).Not.ToHaveValueAsync("");
        var reply = await page.GetByTestId("compose-text").InputValueAsync();
        Assert.DoesNotContain("{{", reply, StringComparison.Ordinal);
        var messagesBefore = await page.Locator("[data-kind=customer_message]").CountAsync();
        await page.Keyboard.PressAsync("Control+Enter");

        var sent = page.GetByTestId("reply-state").Filter(new() { HasText = "Terkirim" });
        await sent.First.WaitForAsync(new() { Timeout = 40_000 });

        // The scripted customer answers the reply; it joins this case's timeline.
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-kind=customer_message]")).ToHaveCountAsync(messagesBefore + 1, new() { Timeout = 40_000 });
        await Browser.ScreenshotAsync(page, "care-case-answered");

        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.Keyboard.PressAsync("e");
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Selesai", new() { Timeout = 10_000 });

        // The supervisor's count of resolved cases moved without a reload.
        await Microsoft.Playwright.Assertions.Expect(resolved).Not.ToHaveTextAsync(resolvedBefore.ToString(System.Globalization.CultureInfo.CurrentCulture), new() { Timeout = 15_000 });
        await Browser.ScreenshotAsync(supervisor, "care-supervisor");
    }
}
