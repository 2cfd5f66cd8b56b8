using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Pantau.Core.Posts;
using Pantau.Core.Queries;

namespace Pantau.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pantau.Benchmarks -- queries-compile [--sizes 100,1000,10000,100000] [--seconds 3]</c>:
/// for each number of realistic queries (all in one workspace), the compile time (median of 3), the memory the compiled
/// matcher retains (GC.GetTotalMemory(true) before and after, the matcher kept alive), and single-thread posts/s of
/// <see cref="TopicMatcher.Match"/>, of <see cref="TopicMatcher.MatchEveryQuery"/> (up to 10,000 queries) and of
/// normalise + match, over the same 2,000 generated ~40-word posts.
/// </summary>
internal static class QueryCompileReport
{
    private const int CompileRuns = 3;

    public static int Run(string[] args)
    {
        int[] sizes = [100, 1_000, 10_000, 100_000];
        var seconds = 3.0;
        var sample = 0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--sizes":
                    sizes = args[i + 1].Split(',').Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--seconds":
                    seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--sample":
                    sample = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}; use --sizes 100,1000, --seconds 3 or --sample 20");
                    return 2;
            }
        }

        if (sample > 0)
        {
            PrintSample(sample);
            return 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"queries-compile: .NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC {GCSettings.IsServerGC}, {(Debugger.IsAttached ? "DEBUGGER" : "no debugger")}, optimised {IsOptimised()}; {seconds:F1} s per throughput measurement, one thread"));
        var rows = new List<string>();
        foreach (var size in sizes)
        {
            rows.Add(Measure(size, seconds));
        }

        Console.WriteLine();
        Console.WriteLine("Posts/s are wall-clock on one thread; in brackets, posts per CPU-second of the process (less sensitive to a busy machine).");
        Console.WriteLine("| Queries | Compile (median of 3) | Matcher memory | Match posts/s | MatchEveryQuery posts/s | Match ÷ MatchEveryQuery | Normalise + Match posts/s | Matched / post | Candidates / post |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }

        return 0;
    }

    private static string Measure(int size, double seconds)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {size:N0} queries"));
        var generate = Stopwatch.StartNew();
        var workload = QueryWorkload.Create(size, QueryMatcherBenchmarks.BatchSize);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated and compiled once in {generate.Elapsed.TotalSeconds:F2} s"));
        Console.WriteLine(workload.Describe(crossCheckPosts: size <= QueryMatcherBenchmarks.BruteForceLimit ? 2_000 : 50));

        // Compile time: median of 3, each from the same definitions (parse + build).
        var times = new double[CompileRuns];
        for (var run = 0; run < CompileRuns; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            var compiled = TopicMatcher.Compile(workload.Definitions);
            times[run] = stopwatch.Elapsed.TotalMilliseconds;
            GC.KeepAlive(compiled);
        }

        Array.Sort(times);
        var compileMs = times[CompileRuns / 2];

        // Retained memory: what a freshly compiled matcher keeps reachable (the query strings already exist).
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var matcher = TopicMatcher.Compile(workload.Definitions);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var retainedMb = (after - before) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compile {string.Join(" / ", times.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} ms (median {compileMs:F1} ms); retained {retainedMb:F1} MB; allocated while compiling {allocated / 1024.0 / 1024.0:F1} MB"));

        var posts = workload.Posts;
        var match = Throughput(posts, p => matcher.Match(p).Count, seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Match: {match.PostsPerSecond:N0} posts/s ({match.PostsPerCpuSecond:N0} per CPU-second; {match.Posts:N0} posts, {match.Matched:N0} matches)"));
        (double Wall, double Cpu)? brute = null;
        if (size <= QueryMatcherBenchmarks.BruteForceLimit)
        {
            var every = Throughput(posts, p => matcher.MatchEveryQuery(p).Count, seconds);
            brute = (every.PostsPerSecond, every.PostsPerCpuSecond);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"MatchEveryQuery: {every.PostsPerSecond:N0} posts/s ({every.PostsPerCpuSecond:N0} per CPU-second; {every.Posts:N0} posts, {every.Matched:N0} matches); Match is {match.PostsPerSecond / every.PostsPerSecond:F1}x faster ({match.PostsPerCpuSecond / every.PostsPerCpuSecond:F1}x per CPU-second)"));
        }
        else
        {
            Console.WriteLine("MatchEveryQuery: skipped above 10,000 queries (milliseconds per post)");
        }

        var raw = workload.Raw;
        var normalise = Throughput(raw, p => matcher.Match(NormalisedPost.From(QueryWorkload.Workspace, QueryWorkload.Source, p)).Count, seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Normalise + Match: {normalise.PostsPerSecond:N0} posts/s ({normalise.PostsPerCpuSecond:N0} per CPU-second)"));

        var (matchedPerPost, candidatesPerPost) = PerPost(matcher, posts);
        GC.KeepAlive(matcher);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {compileMs:N0} ms | {retainedMb:F1} MB | {match.PostsPerSecond:N0} ({match.PostsPerCpuSecond:N0}) | {(brute is { } b ? $"{b.Wall:N0} ({b.Cpu:N0})" : "—")} | {(brute is { } r ? $"{match.PostsPerSecond / r.Wall:F1}× ({match.PostsPerCpuSecond / r.Cpu:F1}×)" : "—")} | {normalise.PostsPerSecond:N0} ({normalise.PostsPerCpuSecond:N0}) | {matchedPerPost:F3} | {candidatesPerPost:F1} |");
    }

    /// <summary>The first generated queries, and generated posts that mention a brand, to see what is measured.</summary>
    private static void PrintSample(int count)
    {
        var topics = RealisticTopics.Generate(Math.Max(count, 1_000));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First {count} of 1,000 generated queries (terms in brackets):"));
        for (var i = 0; i < count; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{topics.TermCounts[i]}] {topics.Queries[i]}"));
        }

        var matcher = RealisticTopics.CompileChecked(topics.Definitions(QueryWorkload.Workspace), topics.Queries);
        var queryOf = topics.Ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        Console.WriteLine();
        Console.WriteLine("Generated posts (the first ones, and the first ones that match a topic):");
        var posts = topics.Posts(2_000);
        var shown = 0;
        var matchedShown = 0;
        foreach (var raw in posts)
        {
            var matched = matcher.Match(NormalisedPost.From(QueryWorkload.Workspace, QueryWorkload.Source, raw));
            if (shown < 3 || (matched.Count > 0 && matchedShown < count / 2))
            {
                Console.WriteLine("- " + raw.Text);
                foreach (var id in matched)
                {
                    Console.WriteLine("    matches: " + topics.Queries[queryOf[id]]);
                }

                shown++;
                matchedShown += matched.Count > 0 ? 1 : 0;
            }
        }
    }

    private static (double Matched, double Candidates) PerPost(TopicMatcher matcher, NormalisedPost[] posts)
    {
        long matched = 0, candidates = 0;
        foreach (var post in posts)
        {
            matched += matcher.Match(post).Count;
            candidates += MatchScratch.Current.Candidates.Count;
        }

        return ((double)matched / posts.Length, (double)candidates / posts.Length);
    }

    /// <summary>Posts per second on this thread: a second of warm-up (tiered JIT), then as many passes over the batch as fit in the time.</summary>
    private static (double PostsPerSecond, double PostsPerCpuSecond, long Posts, long Matched) Throughput<T>(T[] batch, Func<T, int> match, double seconds)
    {
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; warmUp.Elapsed.TotalSeconds < 1.0; i = (i + 1) % batch.Length)
        {
            match(batch[i]);
        }

        var budget = (long)(seconds * Stopwatch.Frequency);
        long done = 0, matched = 0;
        var cpuStart = CpuTime();
        var start = Stopwatch.GetTimestamp();
        long now;
        do
        {
            for (var k = 0; k < 16; k++)
            {
                matched += match(batch[done % batch.Length]);
                done++;
            }

            now = Stopwatch.GetTimestamp();
        }
        while (now - start < budget);

        var cpu = (CpuTime() - cpuStart).TotalSeconds;
        return (done / ((double)(now - start) / Stopwatch.Frequency), cpu > 0 ? done / cpu : double.NaN, done, matched);
    }

    /// <summary>CPU time of the whole process (this thread, plus the GC and the JIT's background work).</summary>
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static bool IsOptimised() =>
        typeof(TopicMatcher).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];
}
