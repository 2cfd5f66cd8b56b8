using System.ComponentModel.DataAnnotations;

namespace Pantau.Server.Pipeline;

/// <summary>Sizes of the in-process pipeline. Section <c>Pipeline</c>.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Batches that may wait at the pipeline's entry before connectors are made to wait (backpressure).</summary>
    [Range(1, 100_000)]
    public int Capacity { get; set; } = 64;

    /// <summary>Most mentions written in one database transaction.</summary>
    [Range(1, 50_000)]
    public int StoreBatchSize { get; set; } = 2000;

    /// <summary>Workers that normalise, match and enrich in parallel.</summary>
    [Range(1, 64)]
    public int ProcessingWorkers { get; set; } = 2;

    /// <summary>Keys of recently stored posts remembered to drop re-deliveries before they reach the database.</summary>
    [Range(0, 10_000_000)]
    public int RecentKeys { get; set; } = 200_000;

    /// <summary>Recent unmatched posts kept per workspace for the query preview; 0 keeps none.</summary>
    [Range(0, 100_000)]
    public int UnmatchedSample { get; set; } = 2_000;
}
