using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pantau.Server.Exports;

/// <summary>
/// An .xlsx workbook of one sheet, written row by row with the Open XML SDK's streaming writer (inline strings, no shared
/// string table), so memory stays flat however long the list. Numbers are numbers, times are Excel dates in the
/// workspace's zone with a date format, the header row is bold and frozen. Excel's limit is 1,048,576 rows; the caller
/// caps the rows below it.
/// </summary>
public static class XlsxTableWriter
{
    public const int MaxRows = 1_048_575;

    // Control characters other than tab and line ends are not allowed in XML; a hostile mention may carry them.
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 32).Where(c => c is not (9 or 10 or 13)).Select(c => (char)c).Concat(['\uFFFE', '\uFFFF']).ToArray());

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (a zip package is written with seeks).</summary>
    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
            writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var width = table.Columns[i].Kind switch { ExportCellKind.Time => 19, ExportCellKind.Number => 12, _ => 28 };
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, table.Columns.Select(c => (object?)c.Header).ToList(), table.Columns, table.Zone, header: true);
            var rows = 0;
            await foreach (var row in table.Rows.WithCancellation(cancellationToken))
            {
                if (++rows > MaxRows)
                {
                    break;
                }

                WriteRow(writer, row, table.Columns, table.Zone, header: false);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Title) });
        workbookPart.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<object?> row, IReadOnlyList<ExportColumn> columns, TimeZoneInfo zone, bool header)
    {
        writer.WriteStartElement(new Row());
        for (var i = 0; i < columns.Count; i++)
        {
            var value = i < row.Count ? row[i] : null;
            switch (value)
            {
                case null:
                    writer.WriteElement(new Cell());
                    break;
                case int or long or double:
                    var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    writer.WriteElement(double.IsFinite(number)
                        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) }
                        : new Cell());
                    break;
                case DateTimeOffset time:
                    var local = TimeZoneInfo.ConvertTime(time, zone).DateTime;
                    writer.WriteElement(new Cell { StyleIndex = 2, CellValue = new CellValue(local.ToOADate().ToString(CultureInfo.InvariantCulture)) });
                    break;
                default:
                    var text = Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                    writer.WriteElement(new Cell
                    {
                        DataType = CellValues.InlineString,
                        StyleIndex = header ? 1u : 0u,
                        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                    break;
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Strips what XML cannot hold and keeps to Excel's 32,767 characters a cell.</summary>
    private static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(Forbidden) >= 0)
        {
            text = string.Concat(text.Where(c => !Forbidden.Contains(c)));
        }

        return text.Length > 32_767 ? text[..32_767] : text;
    }

    private static string SheetName(string title)
    {
        var name = new string(title.Where(c => c is not ('\\' or '/' or '?' or '*' or '[' or ']' or ':')).ToArray()).Trim('\'', ' ');
        return name.Length == 0 ? "Pantau" : name.Length > 31 ? name[..31] : name;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true })); // 22: m/d/yyyy h:mm, shown in the reader's locale
}
