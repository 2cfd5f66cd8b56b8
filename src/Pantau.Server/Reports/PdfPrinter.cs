using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Pantau.Server.Reports;

/// <summary>The PDF could not be printed; the message says why and what to do.</summary>
public sealed class PdfUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Prints a self-contained HTML page to PDF with headless Chromium (<c>--print-to-pdf</c>), the same engine that shows the
/// report in the browser, so the PDF looks like the print preview. Nothing is downloaded: the binary is the one installed
/// (Debian's <c>chromium</c> package) or named in <see cref="ReportOptions.ChromiumPath"/>. Each print gets its own temporary
/// folder and profile, and the process is killed on timeout or cancellation. The page must not need the network: it is
/// opened from a file with networking pointed at nowhere.
/// </summary>
public sealed class PdfPrinter(IOptions<ReportOptions> options, ILogger<PdfPrinter> logger)
{
    private static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

    private static readonly SemaphoreSlim OnePrint = new(1, 1);

    /// <summary>The Chromium binary found, or null when there is none (the UI then offers the print dialog only).</summary>
    public string? Chromium => options.Value.ChromiumPath is { Length: > 0 } configured
        ? (File.Exists(configured) ? configured : null)
        : KnownPaths.FirstOrDefault(File.Exists);

    public bool IsAvailable => Chromium is not null;

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var chromium = Chromium ?? throw new PdfUnavailableException(
            "PDF needs Chromium on the server: install Debian's chromium package (apt-get install chromium) or set Reports:ChromiumPath. The print view works without it.");
        var folder = Directory.CreateTempSubdirectory("pantau-pdf-");
        // One print at a time: each Chromium takes a few hundred megabytes and both cores for a moment.
        await OnePrint.WaitAsync(cancellationToken);
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                "--user-data-dir=" + Path.Combine(folder.FullName, "profile"), "--print-to-pdf=" + pdf, new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new PdfUnavailableException($"{chromium} did not start.");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.PrintTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                throw new PdfUnavailableException($"Printing the PDF took longer than {options.Value.PrintTimeout.TotalSeconds:N0} s and was stopped.");
            }

            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                var detail = await errors;
                logger.LogWarning("Chromium exited with {Code} without a PDF: {Detail}", process.ExitCode, detail.Length > 500 ? detail[..500] : detail);
                throw new PdfUnavailableException($"Chromium exited with code {process.ExitCode} without printing the PDF.");
            }

            logger.LogInformation("Printed a PDF of {Bytes} bytes in {Ms} ms", new FileInfo(pdf).Length, watch.ElapsedMilliseconds);
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            OnePrint.Release();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException exception)
            {
                logger.LogDebug(exception, "The print folder {Folder} was not removed", folder.FullName);
            }
        }
    }
}
