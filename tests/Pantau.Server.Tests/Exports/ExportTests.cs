using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pantau.Server.Exports;

namespace Pantau.Server.Tests.Exports;

public sealed class ExportTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    private static ExportTable Table(params IReadOnlyList<object?>[] rows) => ExportTable.Of(
        "Volume / day", [new("day", ExportCellKind.Time), new("text"), new("count", ExportCellKind.Number)], rows, Jakarta);

    [Fact]
    public async Task Csv_quotes_what_needs_quoting_keeps_formulas_as_text_and_writes_times_in_the_zone()
    {
        using var output = new MemoryStream();
        await CsvTableWriter.WriteAsync(Table(
            [new DateTimeOffset(2026, 12, 1, 17, 30, 0, TimeSpan.Zero), "koma, \"kutip\"\nbaris baru", 3],
            [null, "=HYPERLINK(\"http://evil.example\")", 2.5],
            [null, "@nusantel -parah +1 😡", null]), output, Ct);
        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "day,text,count\r\n" +
            "2026-12-02 00:30:00,\"koma, \"\"kutip\"\"\nbaris baru\",3\r\n" +
            ",\"'=HYPERLINK(\"\"http://evil.example\"\")\",2.5\r\n" +
            ",'@nusantel -parah +1 😡,\r\n", text);
    }

    [Fact]
    public async Task Xlsx_has_numbers_as_numbers_times_as_dates_and_survives_control_characters()
    {
        using var output = new MemoryStream();
        await XlsxTableWriter.WriteAsync(Table(
            [new DateTimeOffset(2026, 12, 1, 17, 30, 0, TimeSpan.Zero), "teks\u0001 dengan\u0008 kontrol", 3],
            [null, new string('x', 40_000), 2.5]), output, Ct);
        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("Volume  day", document.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["day", "text", "count"], header);
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal(new DateTime(2026, 12, 2, 0, 30, 0), DateTime.FromOADate(double.Parse(first[0].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("teks dengan kontrol", first[1].InnerText);
        Assert.Equal(CellValues.Number, first[2].DataType!.Value);
        Assert.Equal("3", first[2].CellValue!.Text);
        Assert.Equal(32_767, rows[2].Elements<Cell>().ElementAt(1).InnerText.Length);
    }

    [Fact]
    public async Task A_mention_list_exports_as_csv_and_xlsx_with_the_lists_filters_and_only_its_workspace()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("export");
        await client.CreateTopicAsync(ws, "Belanjain", "belanjain");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source, Enumerable.Range(0, 450).Select(i => Api.Post($"post-{i}", $"Paket Belanjain nomor {i} belum sampai, kecewa", $"pembeli{i % 7}")).ToArray());
        await client.PushAsync(ws, source, Api.Post("praise", "Belanjain mantap, paket cepat sampai, terima kasih!"), Api.Post("formula", "=1+1 belanjain"));
        var (other, otherClient) = await fixture.Factory.NewWorkspaceAsync("export-other");
        using (otherClient)
        {
            await otherClient.CreateTopicAsync(other, "Belanjain", "belanjain");
            await otherClient.PushAsync(other, await otherClient.CreateWebhookSourceAsync(other), Api.Post("elsewhere", "Belanjain di workspace lain"));
        }

        var csv = await client.GetAsync($"{Api.Workspace(ws)}/mentions/export", Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mentions.csv", csv.Content.Headers.ContentDisposition!.FileName);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 452, lines.Length); // more than two pages of the list, no gap, no repeat
        Assert.StartsWith("id,published,network,author", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(452, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.Contains(lines, l => l.Contains(",'=1+1 belanjain,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("workspace lain", StringComparison.Ordinal));

        var positive = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions/export?sentiment=positive", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Equal(2, positive.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var xlsx = await client.GetAsync($"{Api.Workspace(ws)}/mentions/export?format=xlsx&sentiment=negative", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Count();
        Assert.Equal(1 + 450, rows);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Api.Workspace(ws)}/mentions/export?format=pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Api.Workspace(ws)}/mentions/export?sentiment=angry", Ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"{Api.Workspace(other)}/mentions/export", Ct)).StatusCode);
    }
}
