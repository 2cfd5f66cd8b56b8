namespace Pantau.Server.Exports;

/// <summary>What a cell holds, so a spreadsheet gets numbers as numbers and times as times.</summary>
public enum ExportCellKind
{
    Text,
    Number,
    Time,
}

public sealed record ExportColumn(string Header, ExportCellKind Kind = ExportCellKind.Text);

/// <summary>
/// A table to export: a chart's data or a mention list. Rows stream, so a long list is written without being held in
/// memory; a cell is a string, a number (int, long, double), a <see cref="DateTimeOffset"/> (written in <see cref="Zone"/>)
/// or null.
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<IReadOnlyList<object?>> Rows, TimeZoneInfo Zone)
{
    public static ExportTable Of(string title, IReadOnlyList<ExportColumn> columns, IEnumerable<IReadOnlyList<object?>> rows, TimeZoneInfo zone) =>
        new(title, columns, rows.ToAsyncEnumerable(), zone);
}

public enum ExportFormat
{
    Csv,
    Xlsx,
}
