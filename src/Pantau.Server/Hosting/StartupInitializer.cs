using System.Diagnostics;
using Microsoft.Extensions.Options;
using Pantau.Data.Storage;
using Pantau.Server.Accounts;
using Pantau.Server.Demo;
using Pantau.Server.Enrichment;
using Pantau.Server.Topics;

namespace Pantau.Server.Hosting;

/// <summary>
/// Runs before the pipeline and the sources start (hosted services start in registration order):
/// migrations, the demo workspace, the first admin, and the topic matcher.
/// </summary>
public sealed class StartupInitializer(
    DatabaseMigrator migrator,
    IOptions<StorageOptions> storage,
    DemoWorkspaceSeeder demo,
    AdminBootstrap admin,
    TopicCatalog topics,
    Readiness readiness,
    EnrichmentModelStore models,
    ILogger<StartupInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var loading = models.LoadAsync(cancellationToken);
        if (storage.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        await demo.SeedIfEmptyAsync(cancellationToken);
        await admin.EnsureAdminAsync(cancellationToken);
        await topics.ReloadAsync(cancellationToken);
        await loading;
        readiness.MarkReady();
        logger.LogInformation("Pantau is ready ({Provider}) after {Elapsed} ms of start-up work", storage.Value.ProviderKind, stopwatch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
