namespace Pantau.Server.Exports;

/// <summary>Writes an <see cref="ExportTable"/> as an HTTP download in the asked format.</summary>
public static class TableExport
{
    public static bool TryParseFormat(string? value, out ExportFormat format)
    {
        format = ExportFormat.Csv;
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "csv":
                return true;
            case "xlsx":
                format = ExportFormat.Xlsx;
                return true;
            default:
                return false;
        }
    }

    public static IResult Download(ExportTable table, ExportFormat format, string fileName) => new DownloadResult(table, format, fileName);

    private sealed class DownloadResult(ExportTable table, ExportFormat format, string fileName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var ct = httpContext.RequestAborted;
            var extension = format == ExportFormat.Csv ? "csv" : "xlsx";
            response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = $"{fileName}.{extension}", DispositionType = "attachment" }.ToString();
            if (format == ExportFormat.Csv)
            {
                response.ContentType = "text/csv; charset=utf-8";
                await CsvTableWriter.WriteAsync(table, response.Body, ct);
                return;
            }

            // A zip package needs a seekable stream: build it in a temporary file that deletes itself, then send it.
            response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            var path = Path.Combine(Path.GetTempPath(), "pantau-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await XlsxTableWriter.WriteAsync(table, file, ct);
            response.ContentLength = file.Length;
            file.Position = 0;
            await file.CopyToAsync(response.Body, ct);
        }
    }
}
