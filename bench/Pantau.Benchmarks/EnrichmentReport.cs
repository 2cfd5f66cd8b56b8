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
        Parts(models, texts, seconds / 4);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: first {load.ElapsedMilliseconds} ms, again {warm.ElapsedMilliseconds} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput, one thread, tokenise + language + sentiment + intent + risk + spam: {count / clock.Elapsed.TotalSeconds:N0} texts/s ({clock.Elapsed.TotalMilliseconds * 1000 / count:F1} µs per text; {count:N0} texts)"));
        GC.KeepAlive(sink);
        return 0;
    }

    /// <summary>Where the time goes: each part alone, over texts already tokenised and read.</summary>
    private static void Parts(EnrichmentModels models, string[] texts, double seconds)
    {
        var tokens = texts.Select(TextNormaliser.Tokenise).ToArray();
        var views = texts.Select((t, i) => models.Read(t, tokens[i])).ToArray();
        var sentiments = views.Select(models.Sentiment.Analyze).ToArray();
        Time("tokenise", i => TextNormaliser.Tokenise(texts[i]).Count);
        Time("read (TextView)", i => models.Read(texts[i], tokens[i]).Words.Count);
        Time("language", i => models.Language.Identify(views[i]).Confidence);
        Time("sentiment", i => models.Sentiment.Analyze(views[i]).Score);
        Time("intent", i => (double)models.Intent.Classify(views[i], sentiments[i]).Confidence);
        Time("spam", i => models.Spam.Score(views[i]));
        Time("risk", i => (int)RiskDetector.Detect(tokens[i]).Signals);

        void Time(string part, Func<int, double> run)
        {
            var sink = 0.0;
            var count = 0L;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                for (var i = 0; i < texts.Length; i++)
                {
                    sink += run(i);
                }

                count += texts.Length;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {part,-16} {clock.Elapsed.TotalMilliseconds * 1000 / count,6:F2} µs per text"));
            GC.KeepAlive(sink);
        }
    }

    private static double Analyze(EnrichmentModels models, string text)
    {
        var tokens = TextNormaliser.Tokenise(text);
        var analysis = models.Analyze(models.ReadShared(text, tokens));
        return analysis.Sentiment.Score + (int)RiskDetector.Detect(tokens).Signals + analysis.SpamScore;
    }
}
