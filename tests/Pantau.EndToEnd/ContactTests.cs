using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pantau.EndToEnd;

/// <summary>An agent opens a customer from the list, marks them VIP and merges the duplicate Pantau suggests.</summary>
[Collection(nameof(BrowserTests))]
public sealed class ContactTests(PantauFixture pantau)
{
    [Fact]
    public async Task An_agent_opens_a_customer_marks_them_vip_and_merges_a_suggested_duplicate()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);

        // Two accounts of one person, then the CRM: one row finds the X account, a second (matched by handle) gives the
        // Instagram account a contact of its own with the same e-mail: a duplicate to merge.
        var token = "ct" + Guid.NewGuid().ToString("N")[..8];
        await pantau.PushAsync(
        [
            new { id = token + "-x", text = $"Nusantel sinyal hilang dari pagi, tolong {token}", network = "x", author = new { handle = "sari_" + token, name = "Sari Wulandari", followers = 4200 } },
            new { id = token + "-ig", text = $"Nusantel paket internet cepat habis {token}", network = "instagram", author = new { handle = "sari.ig" + token, name = "Sari W", followers = 800 } },
            new { id = token + "-x2", text = $"Nusantel makasih sudah dibantu, mantap {token}", network = "x", author = new { handle = "sari_" + token, name = "Sari Wulandari", followers = 4200 } },
        ], ct);
        var email = $"sari.{token}@example.com";
        await ImportAsync(page, $"customer_id,email,name,network,handle,loyalty_tier,tags\nE2E-{token},{email},Sari Wulandari,x,sari_{token},gold,pelanggan-setia\n", "");
        await ImportAsync(page, $"network,handle,email\ninstagram,sari.ig{token},{email}\n", "?match=handle");

        await OpenContactsAsync(page);
        await Browser.Field(page, "contacts-search").FillAsync(token);
        var rows = page.GetByTestId("contact-link");
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        var crmRow = page.Locator("tr").Filter(new() { HasText = "E2E-" + token });
        await crmRow.GetByTestId("contact-link").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/w/demo/contacts/\d+$"));
        var profile = page.GetByTestId("contact-profile");
        await profile.WaitForAsync();
        await Assertions.Expect(page.GetByTestId("contact-name")).ToHaveTextAsync("Sari Wulandari");
        await Assertions.Expect(page.GetByTestId("contact-fields")).ToContainTextAsync("gold");
        await Assertions.Expect(page.GetByTestId("contact-mentions").GetByTestId("mention-item")).ToHaveCountAsync(2);

        // VIP: the star is pressed and stays after a reload.
        var vip = page.GetByTestId("contact-vip");
        Assert.Equal("false", await vip.GetAttributeAsync("data-vip"));
        await vip.ClickAsync();
        await Assertions.Expect(page.GetByTestId("contact-vip-chip")).ToBeVisibleAsync();

        // The duplicate is suggested for the same e-mail; merging asks first, then the accounts are one customer's.
        var suggestion = page.GetByTestId("contact-suggestion");
        await Assertions.Expect(suggestion).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(suggestion.Locator("[data-reason=SameEmail]")).ToHaveCountAsync(1);
        await suggestion.GetByTestId("contact-merge").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Gabungkan" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("contact-account")).ToHaveCountAsync(2, new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("contact-suggestion")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("contact-mentions").GetByTestId("mention-item")).ToHaveCountAsync(3);
        await page.Locator(".mud-snackbar").First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        await Browser.ScreenshotAsync(page, "contact-profile");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("contact-vip-chip")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("contact-account")).ToHaveCountAsync(2);

        await OpenContactsAsync(page);
        await Browser.Field(page, "contacts-search").FillAsync(token);
        await Assertions.Expect(page.GetByTestId("contact-link")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("contact-vip-star")).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(page, "contact-list");

        // On a phone the profile reads top to bottom without sideways scrolling.
        await page.SetViewportSizeAsync(390, 844);
        await page.GetByTestId("contact-link").ClickAsync();
        await page.GetByTestId("contact-profile").WaitForAsync();
        await page.GetByTestId("contact-account").First.WaitForAsync();
        Assert.False(await Browser.OverflowsSidewaysAsync(page), "The profile overflows sideways on a phone.");
        await Browser.ScreenshotAsync(page, "contact-profile-phone");
    }

    /// <summary>
    /// The list is prerendered as a skeleton and loads once the circuit runs; a search typed before that would be
    /// written into the prerendered field and never reach the page.
    /// </summary>
    private static async Task OpenContactsAsync(IPage page)
    {
        await page.GotoAsync("/w/demo/contacts");
        await page.GetByTestId("contacts-table").WaitForAsync(new() { Timeout = 30_000 });
        await page.GetByTestId("contacts-loading").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>Imports CSV into the demo workspace with the signed-in admin's session, as the API allows.</summary>
    private async Task ImportAsync(IPage page, string csv, string query)
    {
        var response = await page.APIRequest.PostAsync($"/api/v1/workspaces/{pantau.DemoWorkspaceId}/contacts/import{query}", new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "text/csv" },
            DataString = csv,
        });
        Assert.True(response.Ok, $"Import failed: {response.Status} {await response.TextAsync()}");
    }
}
