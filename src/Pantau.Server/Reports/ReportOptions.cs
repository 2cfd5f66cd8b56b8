using System.ComponentModel.DataAnnotations;

namespace Pantau.Server.Reports;

/// <summary>Section <c>Reports</c>: where the Chromium that prints PDFs lives, and how long a print may take.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The Chromium (or Chrome) binary; when empty, the usual Debian and Ubuntu paths are tried.</summary>
    public string? ChromiumPath { get; set; }

    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan PrintTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
