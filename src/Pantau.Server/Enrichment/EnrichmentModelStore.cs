using System.Diagnostics;
using Microsoft.Extensions.Options;
using Pantau.Core.Enrichment;
using Pantau.Core.Enrichment.Intents;
using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Enrichment.Sentiments;
using Pantau.Core.Posts;
using Pantau.Core.Enrichment.Spam;
using Pantau.Data.Storage;

namespace Pantau.Server.Enrichment;

/// <summary>
/// Loads the enrichment models once, at start-up: the shipped ones, replaced by retrained ones where an operator
/// trained them with corrections, and each workspace's own where it has them. Start-up loads them beside the
/// database migration (<see cref="LoadAsync"/>) rather than on the way to listening; whatever asks first waits.
/// </summary>
public sealed class EnrichmentModelStore(IServiceProvider services) : IEnricher
{
    private readonly Lazy<ModelEnricher> _enricher = new(() => CreateEnricher(services), LazyThreadSafetyMode.ExecutionAndPublication);

    public ModelEnricher Enricher => _enricher.Value;

    public Task LoadAsync(CancellationToken cancellationToken) => Task.Run(() => _ = Enricher, cancellationToken);

    public string IdentifyLanguage(NormalisedPost post) => Enricher.IdentifyLanguage(post);

    public Core.Enrichment.Enrichment Enrich(NormalisedPost post) => Enricher.Enrich(post);

    public static string ShippedDirectory(EnrichmentOptions options) =>
        options.ModelDirectory is { Length: > 0 } dir ? dir : ShippedModels.DefaultDirectory;

    public static string CorrectedDirectory(EnrichmentOptions options, StorageOptions storage) =>
        options.CorrectedModelDirectory is { Length: > 0 } dir ? dir : Path.Combine(storage.DataDirectory, "models");

    public static string WorkspaceDirectory(string correctedDirectory, Guid workspaceId) =>
        Path.Combine(correctedDirectory, "workspaces", workspaceId.ToString("D"));

    public static ModelEnricher CreateEnricher(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EnrichmentOptions>>().Value;
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<EnrichmentModelStore>();
        var started = Stopwatch.StartNew();
        var shipped = ShippedDirectory(options);
        var corrected = CorrectedDirectory(options, storage);
        var models = EnrichmentModels.Load(name => File.OpenRead(Existing(Path.Combine(corrected, name + ".model")) ?? Path.Combine(shipped, name + ".model")));
        var workspaces = new Dictionary<Guid, EnrichmentModels>();
        var workspaceRoot = Path.Combine(corrected, "workspaces");
        if (Directory.Exists(workspaceRoot))
        {
            foreach (var dir in Directory.EnumerateDirectories(workspaceRoot))
            {
                if (Guid.TryParse(Path.GetFileName(dir), out var workspaceId))
                {
                    workspaces[workspaceId] = models.With(
                        Load(dir, SentimentAnalyzer.ModelName, f => new SentimentAnalyzer(f)),
                        Load(dir, IntentClassifier.ModelName, f => new IntentClassifier(f)),
                        Load(dir, SpamClassifier.ModelName, f => new SpamClassifier(f)));
                }
            }
        }

        logger.LogInformation("Enrichment models loaded from {Directory} in {Milliseconds} ms ({Workspaces} workspace model set(s))",
            shipped, started.ElapsedMilliseconds, workspaces.Count);
        return new ModelEnricher(models, services.GetRequiredService<TimeProvider>(), workspaces);
    }

    private static T? Load<T>(string directory, string name, Func<ModelFile, T> create)
        where T : class
    {
        var path = Path.Combine(directory, name + ".model");
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return create(ModelFile.Read(stream));
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
