using System.Globalization;
using System.Text;

namespace Pantau.Server.Exports;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads Indonesian and emoji right), CRLF line ends. A text cell
/// that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading
/// apostrophe: strangers write the mentions, and "=HYPERLINK(…)" must stay text.
/// </summary>
public static class CsvTableWriter
{
    public static async Task WriteAsync(ExportTable table, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => Quote(Neutralise(c.Header)))));
        var line = new StringBuilder();
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            line.Clear();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(Cell(i < row.Count ? row[i] : null, table.Zone));
            }

            await writer.WriteLineAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Cell(object? value, TimeZoneInfo zone) => value switch
    {
        null => "",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => double.IsFinite(d) ? d.ToString("0.####", CultureInfo.InvariantCulture) : "",
        DateTimeOffset t => TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Quote(Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    internal static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
