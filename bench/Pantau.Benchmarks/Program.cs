using BenchmarkDotNet.Running;
using Pantau.Benchmarks;

// `queries-compile`: compile time, matcher memory and single-thread throughput of the topic matcher, which
// BenchmarkDotNet does not report directly (see QueryCompileReport). Anything else goes to BenchmarkDotNet.
if (args is ["queries-compile", ..])
{
    return QueryCompileReport.Run(args[1..]);
}

// `enrichment`: model load time, size and single-thread throughput of the enrichment models (EnrichmentReport).
if (args is ["enrichment", ..])
{
    return EnrichmentReport.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
