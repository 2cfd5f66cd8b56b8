using System.Diagnostics;
using System.Globalization;
using Pantau.Connectors.Demo;
using Pantau.Core.Enrichment;
using Pantau.Core.Text;

namespace Pantau.Benchmarks;

/// <summary>
/// <c>enrichment</c>: how long the shipped models take to load, how much disk they use, and how many texts per
/// second one thread reads for language, sentiment, intent, risk and spam together, tokenising included — the
/// figures the enrichment issue sets targets for. Texts: the demo corpus (2,743 posts), cycled.
/// </summary>
public static class EnrichmentReport
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var directory = ShippedModels.DefaultDirectory;
        var bytes = Directory.GetFiles(directory, "*.model").Sum(f => new FileInfo(f).Length);

        // Cold load in this process: file reads, weight arrays, lexicon tables.
        var load = Stopwatch.StartNew();
        var models = ShippedModels.Load(directory);
        load.Stop();
        var warm = Stopwatch.StartNew();
        _ = ShippedModels.Load(directory);
        warm.Stop();

        var texts = DemoCorpus.Instance.Posts.Select(p => p.Text).ToArray();
        var sink = 0.0;
        foreach (var text in texts)
        {
            sink += Analyze(models, text);
        }

        var count = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var text in texts)
            {
                sink += Analyze(models, text);
            }

            count += texts.Length;
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"models: {bytes / 1048576.0:F1} MiB on disk in {directory}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: first {load.ElapsedMilliseconds} ms, again {warm.ElapsedMilliseconds} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput, one thread, tokenise + language + sentiment + intent + risk + spam: {count / clock.Elapsed.TotalSeconds:N0} texts/s ({clock.Elapsed.TotalMilliseconds * 1000 / count:F1} µs per text; {count:N0} texts)"));
        GC.KeepAlive(sink);
        return 0;
    }

    private static double Analyze(EnrichmentModels models, string text)
    {
        var tokens = TextNormaliser.Tokenise(text);
        var analysis = models.Analyze(models.Read(text, tokens));
        return analysis.Sentiment.Score + (int)RiskDetector.Detect(tokens).Signals + analysis.SpamScore;
    }
}
