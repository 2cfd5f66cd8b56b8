using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pantau.LoadGen;

/// <summary>
/// <c>feeds</c>: serves N RSS feeds on loopback, each publishing at its own steady rate (log-uniform between two
/// minutes and six hours), imports them into a fresh pantau as an OPML list, and follows them for a while. Reports
/// requests (200 and 304), items stored, how late new items were fetched compared with when they were published,
/// how many feeds were overdue, and pantau's CPU and resident memory, per 1,000 feeds.
/// </summary>
internal static class FeedFollowing
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(int feeds, int minutes, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var intervals = Enumerable.Range(0, feeds)
            .Select(_ => TimeSpan.FromMinutes(Math.Exp(Math.Log(2) + (random.NextDouble() * (Math.Log(360) - Math.Log(2))))))
            .ToArray();
        var served = new ConcurrentDictionary<int, long>(); // feed → newest item index a 200 carried
        var lateness = new ConcurrentBag<double>();
        long ok = 0, notModified = 0;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxConcurrentConnections = 10_000);
        await using var host = builder.Build();
        host.Urls.Add("http://127.0.0.1:0");
        host.Run(async context =>
        {
            if (!int.TryParse(context.Request.Path.Value.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var feed) || feed >= feeds)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var now = TimeProvider.System.GetUtcNow();
            var newest = (long)((now - Epoch) / intervals[feed]);
            var etag = $"\"{newest}\"";
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                Interlocked.Increment(ref notModified);
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            Interlocked.Increment(ref ok);
            if (served.TryGetValue(feed, out var before) && newest > before)
            {
                // The oldest item this fetch brings that the previous one did not: how long it waited to be read.
                lateness.Add((now - (Epoch + (intervals[feed] * (before + 1)))).TotalSeconds);
            }

            served[feed] = newest;
            context.Response.Headers.ETag = etag;
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.WriteAsync(Rss(feed, newest, intervals[feed]), context.RequestAborted);
        });
        await host.StartAsync(cancellationToken);
        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var folder = Directory.CreateTempSubdirectory("pantau-feeds-").FullName;
        var port = 5300 + Random.Shared.Next(1000);
        var baseAddress = $"http://127.0.0.1:{port}";
        using var server = Pantau.StartServer(folder, baseAddress, new Dictionary<string, string>
        {
            ["PANTAU_DEMO__ENABLED"] = "false",
            ["PANTAU_FEEDS__ALLOWEDHOSTS__0"] = address.Authority,
            ["PANTAU_FEEDS__MININTERVAL"] = "00:02:00",
            ["PANTAU_FEEDS__MAXCONCURRENTPERHOST"] = "8",
        });
        try
        {
            await Pantau.WaitReadyAsync(baseAddress, cancellationToken);
            await Pantau.RunAsync(folder, ["user", "add", "--email", "load@pantau.local", "--role", "Admin", "--workspace", "Feeds", "--password", Pantau.AdminPassword], cancellationToken);
            var key = (await Pantau.RunAsync(folder, ["apikey", "create", "--workspace", "feeds"], cancellationToken)).Trim();
            using var api = new HttpClient { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromMinutes(5) };
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var ws = JsonNode.Parse(await api.GetStringAsync(new Uri("/api/v1/workspaces", UriKind.Relative), cancellationToken))!.AsArray()[0]!["id"]!.GetValue<Guid>();
            using (var topic = new StringContent("""{"name":"Nusantel","query":"nusantel"}""", Encoding.UTF8, "application/json"))
            {
                (await api.PostAsync(new Uri($"/api/v1/workspaces/{ws}/topics", UriKind.Relative), topic, cancellationToken)).EnsureSuccessStatusCode();
            }

            var opml = new StringBuilder("<opml version=\"2.0\"><head><title>load</title></head><body>");
            for (var i = 0; i < feeds; i++)
            {
                opml.Append(CultureInfo.InvariantCulture, $"<outline type=\"rss\" text=\"Feed {i}\" xmlUrl=\"{address}f/{i}\" />");
            }

            opml.Append("</body></opml>");
            var (_, baseline) = ProcessFigures(server.Id);
            var clock = Stopwatch.StartNew();
            using (var body = new StringContent(opml.ToString(), Encoding.UTF8, "text/x-opml"))
            {
                (await api.PostAsync(new Uri($"/api/v1/workspaces/{ws}/sources/opml", UriKind.Relative), body, cancellationToken)).EnsureSuccessStatusCode();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {feeds:N0} feeds in {clock.Elapsed.TotalSeconds:F1} s; following for {minutes} min"));
            var pid = server.Id;
            var (cpuStart, _) = ProcessFigures(pid);
            var wallStart = Stopwatch.GetTimestamp();
            var peakRss = 0L;
            var firstRound = TimeSpan.Zero;
            var maxOverdue = 0;
            var deadline = TimeSpan.FromMinutes(minutes);
            while (clock.Elapsed < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(15), cancellationToken);
                var (_, rss) = ProcessFigures(pid);
                peakRss = Math.Max(peakRss, rss);
                if (firstRound == TimeSpan.Zero && served.Count == feeds)
                {
                    firstRound = clock.Elapsed;
                }

                // A feed is overdue when its planned check is more than a minute past (after the first round).
                var overdue = firstRound == TimeSpan.Zero ? -1 : Overdue(folder);
                maxOverdue = Math.Max(maxOverdue, overdue);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {clock.Elapsed.TotalMinutes:F1} min: {served.Count:N0} feeds read, {Interlocked.Read(ref ok):N0} × 200, {Interlocked.Read(ref notModified):N0} × 304, RSS {rss / 1048576.0:F0} MiB, overdue {overdue}"));
            }

            var (cpuEnd, rssEnd) = ProcessFigures(pid);
            var wall = Stopwatch.GetElapsedTime(wallStart).TotalSeconds;
            var cpu = (cpuEnd - cpuStart) / wall;
            var stored = StoredMentions(folder);
            var lates = lateness.Order().ToArray();
            double Percentile(double p) => lates.Length == 0 ? double.NaN : lates[Math.Min(lates.Length - 1, (int)Math.Ceiling(p * lates.Length) - 1)];
            var per = feeds / 1000.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                RESULT feeds: {feeds:N0} followed for {minutes} min; first round of all feeds in {firstRound.TotalSeconds:F0} s
                  requests: {ok:N0} × 200, {notModified:N0} × 304 ({(ok + notModified) / clock.Elapsed.TotalSeconds:F1}/s); mentions stored {stored:N0}
                  new items fetched after publication: p50 {Percentile(0.5) / 60:F1} min, p95 {Percentile(0.95) / 60:F1} min, max {(lates.Length == 0 ? 0 : lates[^1]) / 60:F1} min ({lates.Length:N0} fetches with new items)
                  overdue feeds (planned check more than a minute past): at most {maxOverdue}
                  pantau CPU {cpu * 100:F1}% of one core ({cpu * 100 / per:F2}% per 1,000 feeds); RSS {baseline / 1048576.0:F0} MiB before the import, {rssEnd / 1048576.0:F0} MiB at the end, {peakRss / 1048576.0:F0} MiB peak ({(peakRss - baseline) / 1048576.0 / per:F1} MiB per 1,000 feeds above the baseline)
                """));
            return maxOverdue <= feeds / 100 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An RSS document with the feed's 20 newest items; one item in ten mentions the watched brand.</summary>
    private static string Rss(int feed, long newest, TimeSpan interval)
    {
        var xml = new StringBuilder(8192);
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed {feed}</title><link>https://site{feed}.example/</link><language>id</language>");
        for (var k = newest; k > newest - 20 && k >= 0; k--)
        {
            var brand = (k + feed) % 10 == 0 ? "Nusantel" : "layanan";
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><guid>https://site{feed}.example/p/{k}</guid><title>Tulisan {k} tentang {brand}</title><link>https://site{feed}.example/p/{k}</link>
                <pubDate>{(Epoch + (interval * k)).ToString("R", CultureInfo.InvariantCulture)}</pubDate>
                <description>&lt;p&gt;Pelanggan {brand} menulis soal sinyal dan tagihan, tulisan ke-{k}.&lt;/p&gt;</description></item>
                """);
        }

        return xml.Append("</channel></rss>").ToString();
    }

    private static int Overdue(string folder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "pantau-data", "pantau.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Sources WHERE Kind = 'feed' AND NextAttemptAt < $limit";
        command.Parameters.AddWithValue("$limit", TimeProvider.System.GetUtcNow().AddMinutes(-1).ToUnixTimeMilliseconds());
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long StoredMentions(string folder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "pantau-data", "pantau.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Mentions";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>CPU seconds used so far and resident bytes, from /proc.</summary>
    internal static (double CpuSeconds, long ResidentBytes) ProcessFigures(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var rssLine = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var rssKb = long.Parse(rssLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (ticks / 100.0, rssKb * 1024);
    }
}
