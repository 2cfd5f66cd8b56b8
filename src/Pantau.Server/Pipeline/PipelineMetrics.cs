using System.Diagnostics.Metrics;

namespace Pantau.Server.Pipeline;

/// <summary>Counters and latency of the pipeline, exported by OpenTelemetry when it is configured.</summary>
public sealed class PipelineMetrics : IDisposable
{
    public const string MeterName = "Pantau.Pipeline";

    private readonly Meter _meter = new(MeterName);

    public PipelineMetrics()
    {
        Received = _meter.CreateCounter<long>("pantau.pipeline.posts.received", "{post}");
        Stored = _meter.CreateCounter<long>("pantau.pipeline.mentions.stored", "{mention}");
        Duplicates = _meter.CreateCounter<long>("pantau.pipeline.posts.duplicate", "{post}");
        StoreLatency = _meter.CreateHistogram<double>("pantau.pipeline.latency", "ms", "From entering the pipeline to stored and published");
    }

    public Counter<long> Received { get; }
    public Counter<long> Stored { get; }
    public Counter<long> Duplicates { get; }
    public Histogram<double> StoreLatency { get; }

    /// <summary>Totals since start, for the health endpoint and the load generator.</summary>
    public long TotalReceived => Interlocked.Read(ref _totalReceived);

    public long TotalStored => Interlocked.Read(ref _totalStored);

    private long _totalReceived;
    private long _totalStored;

    public void Count(int received, int stored, int duplicates)
    {
        Received.Add(received);
        Stored.Add(stored);
        Duplicates.Add(duplicates);
        Interlocked.Add(ref _totalReceived, received);
        Interlocked.Add(ref _totalStored, stored);
    }

    public void Dispose() => _meter.Dispose();
}
