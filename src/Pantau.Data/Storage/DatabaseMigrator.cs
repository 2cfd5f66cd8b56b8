using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pantau.Data.Storage;

/// <summary>Applies the provider's migrations; used at start-up and by <c>pantau migrate</c>.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<PantauDbContext> contexts, IOptions<StorageOptions> options, ILogger<DatabaseMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (storage.ProviderKind == StorageProvider.Sqlite)
        {
            StorageServiceCollectionExtensions.PrepareSqliteFile(storage.ResolveConnectionString());
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to {Provider}: {Migrations}", pending.Count, storage.ProviderKind, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }
}
