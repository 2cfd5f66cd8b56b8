using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Enrichment;
using Pantau.Core.Posts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Engine;

namespace Pantau.Server.Tests.Alerts.Simulation;

/// <summary>
/// The whole server on a controlled clock, with the alert engine stepped by the test: posts go through the real pipeline
/// (normalise, match, enrich, store) and the engine reads what was stored, as it does live.
/// </summary>
internal sealed class AlertSimulation : IAsyncDisposable
{
    /// <summary>Monday 2 November 2026, 00:00 in Jakarta.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(7));

    private readonly PantauFactory _factory;
    private long _next;

    private AlertSimulation(PantauFactory factory, FakeTimeProvider clock)
    {
        _factory = factory;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }
    public Guid WorkspaceId { get; private set; }
    public Guid SourceId { get; private set; }
    public Guid TopicId { get; private set; }
    public IReadOnlyDictionary<Sentiment, IReadOnlyList<string>> Texts { get; private set; } = new Dictionary<Sentiment, IReadOnlyList<string>>();

    public AlertEngine Engine => _factory.Services.GetRequiredService<AlertEngine>();

    /// <summary>
    /// A workspace with one topic and a push source, and the clock at <paramref name="start"/>. With <paramref name="calibrate"/>,
    /// the demo corpus's texts about the brand are first sent through the pipeline in a workspace of their own to learn the model's sentiment of each: <see cref="Texts"/>.
    /// </summary>
    public static async Task<AlertSimulation> StartAsync(DateTimeOffset start, bool calibrate = false, string topicQuery = "nusantel* OR nusahome")
    {
        var clock = new FakeTimeProvider(start);
        var factory = new PantauFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Alerts:EngineEnabled"] = "false",

                // Each jump of the fake clock fires periodic timers once per period: long periods keep the jumps cheap.
                ["Care:MonitorInterval"] = "00:10:00",
                ["Care:PriorityRefreshInterval"] = "01:00:00",
            },
            ConfigureServices = services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            },
        };
        var simulation = new AlertSimulation(factory, clock);
        var (workspaceId, client) = await factory.NewWorkspaceAsync("simulation");
        using (client)
        {
            var api = $"/api/v1/workspaces/{workspaceId}";
            var topic = await (await client.PostAsJsonAsync($"{api}/topics", new { name = "Nusantel", query = topicQuery })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            var source = await (await client.PostAsJsonAsync($"{api}/sources", new { kind = "webhook", name = "Simulation" })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            simulation.WorkspaceId = workspaceId;
            simulation.TopicId = topic.GetProperty("id").GetGuid();
            simulation.SourceId = source.GetProperty("id").GetGuid();
        }

        if (calibrate)
        {
            simulation.Texts = await simulation.CalibrateAsync(topicQuery);
        }

        return simulation;
    }

    public Task<HttpClient> ClientAsync() => _factory.ClientForAsync(WorkspaceId, WorkspaceRole.Admin);

    /// <summary>A post by an author, published now unless said otherwise.</summary>
    public RawPost Post(string text, string author, long followers = 500, string network = "x", DateTimeOffset? at = null, string? url = null, string? title = null) => new()
    {
        SourceKind = "webhook",
        ExternalId = "sim-" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Network = network,
        PublishedAt = at ?? Clock.GetUtcNow(),
        Text = text,
        Title = title,
        Url = url,
        Author = new PostAuthor(author, author, followers),
    };

    /// <summary>Sends posts through the pipeline and waits until they are stored.</summary>
    public async Task<IngestOutcome> StoreAsync(IReadOnlyList<RawPost> posts)
    {
        if (posts.Count == 0)
        {
            return new IngestOutcome(0, 0, 0, 0);
        }

        var ingress = _factory.Services.GetRequiredService<IPostIngress>();
        var ticket = await ingress.SubmitAsync(WorkspaceId, SourceId, posts, CancellationToken.None);
        return await ticket.Stored.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>What the live engine does when woken: reads everything stored, then (if asked) looks for spikes.</summary>
    public async Task StepAsync(bool tick = true)
    {
        while (await Engine.RunOnceAsync(CancellationToken.None) > 0)
        {
        }

        if (tick)
        {
            await Engine.TickAsync(CancellationToken.None);
        }
    }

    public async Task<List<Alert>> AlertsAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await db.Alerts.AsNoTracking().Where(a => a.WorkspaceId == WorkspaceId).OrderBy(a => a.Number).ToListAsync();
    }

    public async Task<T> ReadAsync<T>(Func<PantauDbContext, Task<T>> read)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return await read(db);
    }

    /// <summary>Writes hourly history for the topic as if the engine had counted it in earlier weeks.</summary>
    public async Task SeedHistoryAsync(DateTimeOffset from, DateTimeOffset to, Func<DateTimeOffset, Sentiment, int> count)
    {
        await using var db = await Contexts().CreateDbContextAsync();
        for (var hour = from; hour < to; hour += TimeSpan.FromHours(1))
        {
            foreach (var sentiment in Enum.GetValues<Sentiment>())
            {
                var n = count(hour, sentiment);
                if (n > 0)
                {
                    db.TopicVolumeHours.Add(new TopicVolumeHour { TopicId = TopicId, WorkspaceId = WorkspaceId, HourStart = hour.ToUniversalTime(), Sentiment = (int)sentiment, Count = n });
                }
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>In a workspace of its own, so that the calibration posts never join the simulation's stories.</summary>
    private async Task<IReadOnlyDictionary<Sentiment, IReadOnlyList<string>>> CalibrateAsync(string topicQuery)
    {
        var (workspaceId, client) = await _factory.NewWorkspaceAsync("calibration");
        Guid sourceId;
        using (client)
        {
            var api = $"/api/v1/workspaces/{workspaceId}";
            (await client.PostAsJsonAsync($"{api}/topics", new { name = "Nusantel", query = topicQuery })).EnsureSuccessStatusCode();
            var source = await (await client.PostAsJsonAsync($"{api}/sources", new { kind = "webhook", name = "Calibration" })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            sourceId = source.GetProperty("id").GetGuid();
        }

        var texts = CorpusTexts("nusantel");
        var posts = texts.Select((t, i) => Post(t, "calibration" + (i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var ticket = await _factory.Services.GetRequiredService<IPostIngress>().SubmitAsync(workspaceId, sourceId, posts, CancellationToken.None);
        await ticket.Stored.WaitAsync(TimeSpan.FromSeconds(60));
        var stored = await ReadAsync(db => db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && !m.IsSpam)
            .Select(m => new { m.Text, m.Sentiment }).ToListAsync());
        return stored.GroupBy(m => m.Sentiment)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(m => m.Text).Distinct().ToList());
    }

    public static IReadOnlyList<string> CorpusTexts(string brand)
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Pantau.Connectors", "Demo", "demo-corpus.jsonl");
        return File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .Where(t => t.Contains(brand, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pantau.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private IDbContextFactory<PantauDbContext> Contexts() => _factory.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>();

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
