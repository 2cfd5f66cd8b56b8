using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;
using Pantau.Server.Care.Cases;
using Pantau.Server.Care.Inbox;
using Pantau.Server.Hosting;

namespace Pantau.LoadGen;

/// <summary>
/// The care console's targets, with the whole server in-process on a fresh SQLite file (demo off):
/// <c>inbox</c> times the inbox query on a workspace with many open cases; <c>cases</c> times how long a new case takes
/// to reach every open inbox, with that many inbox subscribers doing what an open inbox does for each change.
/// </summary>
internal static class CareLoad
{
    public static async Task<int> InboxAsync(int caseCount, CancellationToken cancellationToken)
    {
        var (folder, app) = await StartAsync(cancellationToken);
        try
        {
            var workspace = await NewWorkspaceAsync(app, cancellationToken);
            var seed = Stopwatch.StartNew();
            var topics = await SeedCasesAsync(app, workspace, caseCount, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {caseCount:N0} open cases in {seed.Elapsed.TotalSeconds:N1} s"));

            var inbox = app.Services.GetRequiredService<InboxQuery>();
            var filters = new (string Name, InboxFilter Filter)[]
            {
                ("first page (all open, by priority)", new InboxFilter()),
                ("urgent only", new InboxFilter { Priorities = [CasePriority.Urgent] }),
                ("negative, English", new InboxFilter { Sentiments = [Sentiment.Negative], Languages = ["en"] }),
                ("risk view", new InboxFilter { Risk = true }),
                ("unassigned, oldest first", new InboxFilter { Unassigned = true, Sort = InboxSort.Oldest }),
                ("one topic", new InboxFilter { TopicIds = [topics[0]] }),
                ("search a word", new InboxFilter { Search = "roaming" }),
                ("pending", new InboxFilter { Statuses = [CaseStatus.Pending] }),
            };
            Console.WriteLine($"{"filter",-36} {"cases",8}  {"page p50",9} {"page max",9}   {"count p50",9}");
            foreach (var (name, filter) in filters)
            {
                await inbox.PageAsync(workspace, filter, null, null, InboxQuery.DefaultPageSize, cancellationToken, withTotal: false);
                var pages = new List<double>();
                var totals = new List<double>();
                var total = 0;
                for (var i = 0; i < 15; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await inbox.PageAsync(workspace, filter, null, null, InboxQuery.DefaultPageSize, cancellationToken, withTotal: false);
                    pages.Add(clock.Elapsed.TotalMilliseconds);
                    clock.Restart();
                    total = await inbox.TotalAsync(workspace, filter, cancellationToken);
                    totals.Add(clock.Elapsed.TotalMilliseconds);
                }

                pages.Sort();
                totals.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-36} {(total > InboxQuery.CountLimit ? "10,000+" : total.ToString("N0", CultureInfo.InvariantCulture)),8}  {pages[pages.Count / 2],6:N1} ms {pages[^1],6:N1} ms   {totals[totals.Count / 2],6:N1} ms"));
            }

            var counts = Stopwatch.StartNew();
            await inbox.CountsAsync(workspace, null, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"view counts (six views)",-36} {"",16}  {counts.Elapsed.TotalMilliseconds,6:N1} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT inbox: {caseCount:N0} open cases in SQLite ({Environment.ProcessorCount} cores)"));
            return 0;
        }
        finally
        {
            await StopAsync(app, folder);
        }
    }

    public static async Task<int> NewCasesAsync(int agents, int complaints, CancellationToken cancellationToken)
    {
        var (folder, app) = await StartAsync(cancellationToken);
        try
        {
            var workspace = await NewWorkspaceAsync(app, cancellationToken);
            var (_, key) = await app.Services.GetRequiredService<ApiKeys>().CreateAsync(workspace, "loadgen", WorkspaceRole.Admin, cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var api = $"/api/v1/workspaces/{workspace}";
            (await http.PostAsJsonAsync($"{api}/topics", new { name = "Nusantel", query = "nusantel" }, cancellationToken)).EnsureSuccessStatusCode();
            var source = await (await http.PostAsJsonAsync($"{api}/sources", new { kind = "webhook", name = "Load" }, cancellationToken)).Content.ReadFromJsonAsync<IdOnly>(cancellationToken);

            // Each subscriber is an open inbox: for every change it reads the row and checks its filter, as the page does.
            var feed = app.Services.GetRequiredService<CaseFeed>();
            var inbox = app.Services.GetRequiredService<InboxQuery>();
            var contexts = app.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>();
            var seen = new ConcurrentBag<double>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var readers = Enumerable.Range(0, agents).Select(_ => Task.Run(async () =>
            {
                using var subscription = feed.Subscribe(workspace);
                try
                {
                    await foreach (var change in subscription.Reader.ReadAllAsync(stop.Token))
                    {
                        if (change.Kind != CaseChangeKind.Created)
                        {
                            continue;
                        }

                        var row = await inbox.RowAsync(workspace, change.CaseId, stop.Token);
                        await inbox.MatchesAsync(workspace, change.CaseId, new InboxFilter(), stop.Token);
                        var now = DateTimeOffset.UtcNow;
                        seen.Add((now - row!.LastCustomerMessageAt).TotalMilliseconds);
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }, CancellationToken.None)).ToList();

            await Task.Delay(500, cancellationToken);
            var random = new Random(7);
            for (var i = 0; i < complaints; i++)
            {
                var post = new
                {
                    id = "load-" + i.ToString(CultureInfo.InvariantCulture),
                    text = "nusantel sinyal hilang dari pagi, tolong dicek dong, kecewa banget",
                    author = new { handle = "pelanggan" + i.ToString(CultureInfo.InvariantCulture), name = "Pelanggan", followers = random.Next(50, 50_000) },
                };
                (await http.PostAsJsonAsync($"{api}/sources/{source!.Id}/posts", new { posts = new[] { post } }, cancellationToken)).EnsureSuccessStatusCode();
                await Task.Delay(random.Next(20, 120), cancellationToken);
            }

            var deadline = Stopwatch.StartNew();
            while (seen.Count < agents * complaints && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100, cancellationToken);
            }

            await stop.CancelAsync();
            await Task.WhenAll(readers);
            var times = seen.OrderBy(t => t).ToList();
            double At(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT new cases: {complaints} complaints × {agents} open inboxes = {times.Count:N0} arrivals; from the mention's ingest to the row in the inbox: p50 {At(0.5):N0} ms, p95 {At(0.95):N0} ms, p99 {At(0.99):N0} ms, max {times[^1]:N0} ms ({Environment.ProcessorCount} cores)"));
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var created = await db.Cases.CountAsync(c => c.WorkspaceId == workspace, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cases created: {created}"));
            return 0;
        }
        finally
        {
            await StopAsync(app, folder);
        }
    }

    private static async Task<(string Folder, Microsoft.AspNetCore.Builder.WebApplication App)> StartAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("pantau-loadgen-care-").FullName;
        var app = PantauServer.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Storage:DataDirectory={folder}",
            "--Demo:Enabled=false",
            "--ADMIN_PASSWORD=LoadGen-Password-1",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync(cancellationToken);
        await app.Services.GetRequiredService<Readiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        return (folder, app);
    }

    private static async Task StopAsync(Microsoft.AspNetCore.Builder.WebApplication app, string folder)
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<Guid> NewWorkspaceAsync(Microsoft.AspNetCore.Builder.WebApplication app, CancellationToken cancellationToken)
    {
        var (workspace, _) = await app.Services.GetRequiredService<Workspaces>().FindOrCreateAsync("Care load", cancellationToken);
        return workspace.Id;
    }

    /// <summary>Open cases with realistic spreads of priority, sentiment, language, risk, status, topic and assignee.</summary>
    private static async Task<List<Guid>> SeedCasesAsync(Microsoft.AspNetCore.Builder.WebApplication app, Guid workspace, int count, CancellationToken cancellationToken)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>();
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            for (var t = 0; t < 50; t++)
            {
                db.Topics.Add(new Topic { Id = Guid.NewGuid(), WorkspaceId = workspace, Name = "Topic " + t.ToString(CultureInfo.InvariantCulture), Query = "brand" + t.ToString(CultureInfo.InvariantCulture), Color = "#5c6bc0", CreatedAt = now, UpdatedAt = now });
            }

            for (var a = 0; a < 20_000; a++)
            {
                db.Authors.Add(new Author { WorkspaceId = workspace, Network = "x", Handle = "user" + a.ToString(CultureInfo.InvariantCulture), DisplayName = "User " + a.ToString(CultureInfo.InvariantCulture), Followers = random.Next(10, 100_000), FirstSeenAt = now, LastSeenAt = now });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        List<Guid> topics;
        List<long> authors;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            topics = await db.Topics.Where(t => t.WorkspaceId == workspace).Select(t => t.Id).ToListAsync(cancellationToken);
            authors = await db.Authors.Where(a => a.WorkspaceId == workspace).Select(a => a.Id).ToListAsync(cancellationToken);
        }

        string[] words = ["sinyal hilang", "tagihan dobel", "roaming", "paket data", "refund", "wifi mati", "pulsa", "gerai tutup"];
        string[] languages = ["id", "id", "id", "en", "jv", "su"];
        for (var done = 0; done < count; done += 5000)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + 5000); i++)
            {
                var score = (int)Math.Min(1000, random.NextDouble() * random.NextDouble() * 1000);
                var at = now - TimeSpan.FromMinutes(random.Next(1, 60 * 24 * 7));
                db.Cases.Add(new Case
                {
                    WorkspaceId = workspace,
                    Number = i + 1,
                    Status = random.Next(10) switch { 0 => CaseStatus.Pending, < 4 => CaseStatus.Open, _ => CaseStatus.New },
                    PriorityScore = score,
                    Priority = CasePriorityScore.BandOf(score),
                    AuthorId = authors[random.Next(authors.Count)],
                    SourceId = Guid.Empty,
                    SourceKind = "x",
                    Network = "x",
                    Excerpt = "nusantel " + words[random.Next(words.Length)] + " dari kemarin, tolong dibantu " + i.ToString(CultureInfo.InvariantCulture),
                    Language = languages[random.Next(languages.Length)],
                    Sentiment = random.Next(3) == 0 ? Sentiment.Neutral : Sentiment.Negative,
                    Intent = random.Next(3) == 0 ? Intent.Question : Intent.Complaint,
                    Risk = random.Next(20) == 0 ? RiskSignals.Legal : RiskSignals.None,
                    Reach = random.Next(10, 100_000),
                    Impact = random.NextDouble() * 100,
                    CreatedAt = at,
                    UpdatedAt = at,
                    FirstMessageAt = at,
                    LastCustomerMessageAt = at,
                    WaitingSince = at,
                    SlaDueAt = at + TimeSpan.FromHours(1),
                    Topics = [new CaseTopic { TopicId = topics[random.Next(topics.Count)], WorkspaceId = workspace }],
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return topics;
    }

    private sealed record IdOnly(Guid Id);
}
