namespace Pantau.EndToEnd;

/// <summary>The stream's export menu downloads what the filtered stream shows, as CSV and as Excel.</summary>
[Collection(nameof(BrowserTests))]
public sealed class ExportTests(PantauFixture pantau)
{
    [Fact]
    public async Task The_export_menu_downloads_the_filtered_mentions_as_csv_and_xlsx()
    {
        pantau.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var context = await pantau.NewContextAsync();
        var page = await context.NewPageAsync();
        await Browser.SignInToStreamAsync(page);

        var token = "ekspor" + Guid.NewGuid().ToString("N")[..10];
        await pantau.PushAsync(
        [
            new { id = token + "-1", text = $"Nusantel sinyal hilang lagi, kecewa banget {token}", author = new { handle = "pelanggan1", name = "Uji Ekspor" } },
            new { id = token + "-2", text = $"=HYPERLINK(\"http://evil.example\") nusantel {token}", author = new { handle = "pelanggan2", name = "Uji Ekspor" } },
        ], ct);

        await page.GotoAsync($"/w/demo/mentions?q={token}");
        await Browser.WaitForStreamAsync(page);
        await page.Locator("[data-testid=mention-item]").Nth(1).WaitForAsync(new() { Timeout = 15_000 });

        await page.GetByTestId("mentions-export").Locator("button").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("mentions-export-csv").ClickAsync());
        Assert.Equal("mentions.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), ct);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,published,network,author", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(token, l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"'=HYPERLINK(", StringComparison.Ordinal));

        await page.GetByTestId("mentions-export").Locator("button").ClickAsync();
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("mentions-export-xlsx").ClickAsync());
        Assert.Equal("mentions.xlsx", xlsx.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await xlsx.PathAsync(), ct);
        Assert.Equal((byte)'P', bytes[0]); // a zip package
        Assert.Equal((byte)'K', bytes[1]);
    }
}
