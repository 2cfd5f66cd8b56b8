using System.Diagnostics;
using Microsoft.Extensions.Options;
using Pantau.Data.Storage;
using Pantau.Server.Accounts;
using Pantau.Server.Demo;
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
    ILogger<StartupInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        if (storage.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        await demo.SeedIfEmptyAsync(cancellationToken);
        await admin.EnsureAdminAsync(cancellationToken);
        await topics.ReloadAsync(cancellationToken);
        readiness.MarkReady();
        logger.LogInformation("Pantau is ready ({Provider}) after {Elapsed} ms of start-up work", storage.Value.ProviderKind, stopwatch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
