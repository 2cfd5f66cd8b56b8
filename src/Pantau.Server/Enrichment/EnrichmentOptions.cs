namespace Pantau.Server.Enrichment;

/// <summary>Where the enrichment models are read from at start-up.</summary>
public sealed class EnrichmentOptions
{
    public const string Section = "Enrichment";

    /// <summary>The models Pantau ships (trained by <c>pantau train</c> into <c>data/models</c>); default: <c>models/</c> beside the executable.</summary>
    public string? ModelDirectory { get; set; }

    /// <summary>
    /// Models retrained with agents' corrections (<c>pantau train … --with-corrections</c>): <c>NAME.model</c> here
    /// replaces the shipped one, and <c>workspaces/ID/NAME.model</c> applies to one workspace. Default: <c>models/</c>
    /// in the data directory.
    /// </summary>
    public string? CorrectedModelDirectory { get; set; }
}
